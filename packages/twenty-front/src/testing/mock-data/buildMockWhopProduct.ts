// A WhopProduct as the record API returns it, with the GraphQL typename Apollo's cache expects.
export const buildMockWhopProduct = (id: string, overrides: Record<string, unknown> = {}) => ({
  __typename: 'WhopProduct',
  id,
  whopId: `prod_${id}`,
  name: 'Pro Community',
  description: 'Daily signals and a private chat.',
  visibility: 'visible',
  memberCount: 42,
  whopCreatedAt: '2025-11-01T00:00:00.000Z',
  syncedAt: '2026-03-02T00:00:00.000Z',
  createdAt: '2026-03-02T00:00:00.000Z',
  ...overrides,
});
