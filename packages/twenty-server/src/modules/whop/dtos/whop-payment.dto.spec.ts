import { toWhopPaymentDTO, type WhopPaymentRow } from 'src/modules/whop/dtos/whop-payment.dto';

const row = (overrides: Partial<WhopPaymentRow>): WhopPaymentRow => ({
  id: 'b1f0c9a4-0000-7000-8000-000000000001',
  whopId: 'pay_1',
  amountAmountMicros: '19990000',
  amountCurrencyCode: 'USD',
  status: 'paid',
  substatus: 'succeeded',
  billingReason: 'subscription_cycle',
  paidAt: new Date('2026-04-01T09:31:00.000Z'),
  refundedAmountAmountMicros: null,
  refundedAmountCurrencyCode: null,
  refundedAt: null,
  failureMessage: null,
  lastPaymentAttemptAt: null,
  nextPaymentAttemptAt: null,
  personId: null,
  opportunityId: null,
  whopProductId: null,
  whopCreatedAt: null,
  createdAt: new Date('2026-04-01T09:31:05.000Z'),
  updatedAt: new Date('2026-04-01T09:31:05.000Z'),
  ...overrides,
});

describe('toWhopPaymentDTO', () => {
  it.each<[string, Partial<WhopPaymentRow>, string]>([
    ['a paid payment', {}, 'succeeded'],
    ['a paid payment whose dispute was won', { substatus: 'dispute_won' }, 'succeeded'],
    ['a paid payment whose dispute was lost', { substatus: 'dispute_lost' }, 'other'],
    ['a renewal past due', { status: 'open', substatus: 'past_due', paidAt: null }, 'failed'],
    ['a refunded payment', { substatus: 'refunded' }, 'refunded'],
    ['a payment not yet attempted', { status: 'pending', substatus: 'pending' }, 'pending'],
  ])('gives %s the outcome the sync gives it', (_, overrides, outcome) => {
    expect(toWhopPaymentDTO(row(overrides)).outcome).toBe(outcome);
  });
});
