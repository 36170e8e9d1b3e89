// A Task as the record API returns it, with the GraphQL typename Apollo's cache expects.
export const buildMockTask = (id: string, overrides: Record<string, unknown> = {}) => ({
  __typename: 'Task',
  id,
  title: 'Follow up: failed payment for Pro — Ada Lovelace',
  bodyMarkdown:
    'The latest payment for Pro — Ada Lovelace failed on Whop.\n\n- **Amount:** 49.00 EUR\n- **Failure:** Card declined\n- **Whop payment:** pay_1',
  status: 'TODO',
  dueAt: null,
  createdAt: '2025-03-14T10:00:00.000Z',
  ...overrides,
});
