// A Note as the record API returns it, with the GraphQL typename Apollo's cache expects.
export const buildMockNote = (id: string, overrides: Record<string, unknown> = {}) => ({
  __typename: 'Note',
  id,
  title: 'Payment failed: 49.00 EUR',
  bodyMarkdown:
    'A payment for Pro — Ada Lovelace failed on Whop on Mar 14, 2025, 10:00 AM UTC.\n\n- **Amount:** 49.00 EUR\n- **Failure:** Card declined\n- **Whop payment:** pay_1',
  createdAt: '2025-03-14T10:00:00.000Z',
  ...overrides,
});
