import { type WorkspaceObjectDefinition } from 'src/engine/twenty-orm/types/workspace-object-definition.type';

export const WHOP_PAYMENT_OBJECT: WorkspaceObjectDefinition = {
  nameSingular: 'whopPayment',
  namePlural: 'whopPayments',
  fields: {
    whopId: { type: 'text', nullable: false },
    amountAmountMicros: { type: 'numeric' },
    amountCurrencyCode: { type: 'text' },
    status: { type: 'text' },
    substatus: { type: 'text' },
    billingReason: { type: 'text' },
    paidAt: { type: 'timestamptz' },
    refundedAmountAmountMicros: { type: 'numeric' },
    refundedAmountCurrencyCode: { type: 'text' },
    refundedAt: { type: 'timestamptz' },
    failureMessage: { type: 'text' },
    lastPaymentAttemptAt: { type: 'timestamptz' },
    nextPaymentAttemptAt: { type: 'timestamptz' },
    personId: { type: 'uuid' },
    opportunityId: { type: 'uuid' },
    whopProductId: { type: 'uuid' },
    whopMembershipId: { type: 'text' },
    whopUserId: { type: 'text' },
    whopPlanId: { type: 'text' },
    whopCreatedAt: { type: 'timestamptz' },
    whopUpdatedAt: { type: 'timestamptz' },
  },
};
