// A WhopPayment as the record API returns it, with the GraphQL typenames Apollo's cache expects.
export const buildMockWhopPayment = (id: string, overrides: Record<string, unknown> = {}) => ({
  __typename: 'WhopPayment',
  id,
  whopId: `pay_${id}`,
  amount: {
    __typename: 'Currency',
    amountMicros: '49000000',
    currencyCode: 'EUR',
  },
  status: 'paid',
  substatus: 'succeeded',
  billingReason: 'subscription_create',
  paidAt: '2025-03-14T10:00:00.000Z',
  refundedAmount: {
    __typename: 'Currency',
    amountMicros: null,
    currencyCode: null,
  },
  refundedAt: null,
  failureMessage: null,
  nextPaymentAttemptAt: null,
  personId: null,
  opportunityId: null,
  whopProductId: null,
  whopCreatedAt: '2025-03-14T10:00:00.000Z',
  createdAt: '2025-03-14T10:00:00.000Z',
  ...overrides,
});
