// The key of a membership's one follow-up task for its failed payments.
export const buildWhopPaymentFollowUpKey = (whopMembershipId: string): string =>
  `whop:payment-failed:${whopMembershipId}`;
