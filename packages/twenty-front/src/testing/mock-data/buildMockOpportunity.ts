// An Opportunity as the record API returns it, with the GraphQL typenames Apollo's cache expects.
export const buildMockOpportunity = (
  id: string,
  name: string,
  overrides: Record<string, unknown> = {},
) => ({
  __typename: 'Opportunity',
  id,
  name,
  amount: {
    __typename: 'Currency',
    amountMicros: '49000000',
    currencyCode: 'USD',
  },
  stage: 'CUSTOMER',
  closeDate: null,
  pointOfContactId: null,
  whopMembershipId: `mem_${id}`,
  whopMembershipStatus: 'active',
  whopProductId: null,
  whopPlanId: null,
  whopRenewalDate: null,
  whopLastPaymentDate: null,
  whopCancelAtPeriodEnd: false,
  whopMrr: { __typename: 'Currency', amountMicros: null, currencyCode: null },
  createdAt: '2025-03-14T10:00:00.000Z',
  ...overrides,
});
