import {
  classifyWhopPayment,
  type WhopPaymentClassificationSource,
} from 'src/modules/whop/utils/classify-whop-payment.util';
import { transformWhopPaymentToWhopPayment } from 'src/modules/whop/utils/transform-whop-payment-to-whop-payment.util';
import { buildWhopPayment } from 'src/modules/whop/utils/__tests__/whop-api.fixtures';

const ATTEMPTED_AT = new Date('2026-04-01T09:31:00.000Z');

const payment = (
  overrides: Partial<WhopPaymentClassificationSource>,
): WhopPaymentClassificationSource => ({
  status: 'paid',
  substatus: 'succeeded',
  failureMessage: null,
  lastPaymentAttemptAt: null,
  ...overrides,
});

describe('classifyWhopPayment', () => {
  it.each<[Partial<WhopPaymentClassificationSource>, ReturnType<typeof classifyWhopPayment>]>([
    [{ status: 'paid', substatus: 'succeeded' }, 'succeeded'],
    [{ status: 'paid', substatus: null }, 'succeeded'],
    [{ status: null, substatus: 'succeeded' }, 'succeeded'],
    [{ status: null, substatus: 'dispute_won' }, 'succeeded'],
    [{ status: 'paid', substatus: 'refunded' }, 'refunded'],
    [{ status: 'paid', substatus: 'auto_refunded' }, 'refunded'],
    [{ status: 'paid', substatus: 'partially_refunded' }, 'partially_refunded'],
    [{ status: 'open', substatus: 'failed', failureMessage: 'Card declined' }, 'failed'],
    [{ status: null, substatus: 'failed' }, 'failed'],
    [{ status: 'open', substatus: 'past_due' }, 'failed'],
    [{ status: 'open', substatus: 'past_due', failureMessage: 'Insufficient funds' }, 'failed'],
    [{ status: 'open', substatus: null, failureMessage: 'Insufficient funds' }, 'failed'],
    [
      { status: 'uncollectible', substatus: 'uncollectible', lastPaymentAttemptAt: ATTEMPTED_AT },
      'failed',
    ],
    [{ status: 'uncollectible', substatus: 'uncollectible' }, 'other'],
    [{ status: 'open', substatus: 'pending', lastPaymentAttemptAt: ATTEMPTED_AT }, 'pending'],
    [{ status: 'open', substatus: null }, 'pending'],
    [{ status: 'pending', substatus: 'pending' }, 'pending'],
    [{ status: null, substatus: 'pending' }, 'pending'],
    [{ status: 'draft', substatus: 'drafted' }, 'other'],
    [{ status: 'void', substatus: 'canceled' }, 'other'],
    [{ status: 'unresolved', substatus: 'unresolved' }, 'other'],
    [{ status: null, substatus: null }, 'other'],
  ])('classifies %p as %p', (overrides, expected) => {
    expect(classifyWhopPayment(payment(overrides))).toBe(expected);
  });

  it('treats a refund as a refund even when the payment also carries a failure message', () => {
    expect(
      classifyWhopPayment(
        payment({ substatus: 'refunded', failureMessage: 'Earlier retry failed' }),
      ),
    ).toBe('refunded');
  });

  // The seller still holds the money: only a warning came, or the dispute was decided for them.
  it.each([
    'dispute_warning',
    'dispute_warning_needs_response',
    'dispute_warning_under_review',
    'dispute_warning_closed',
    'dispute_won',
    'resolution_won',
  ] as const)('counts a paid payment under %p as succeeded', (substatus) => {
    expect(classifyWhopPayment(payment({ substatus }))).toBe('succeeded');
  });

  // Whop withdraws a disputed amount from the seller's balance until the dispute is won; a lost
  // one is a chargeback; a closed one or a resolution case does not say the seller kept the money.
  it.each([
    'dispute_needs_response',
    'dispute_under_review',
    'open_dispute',
    'dispute_lost',
    'dispute_closed',
    'resolution_needs_response',
    'resolution_under_review',
    'open_resolution',
    'resolution_lost',
  ] as const)('leaves a paid payment under %p out', (substatus) => {
    expect(classifyWhopPayment(payment({ substatus }))).toBe('other');
  });

  describe('a payment as Whop sends it, classified by the columns stored of it', () => {
    const classifyLive = (overrides: Parameters<typeof buildWhopPayment>[0]) =>
      classifyWhopPayment(
        transformWhopPaymentToWhopPayment(
          buildWhopPayment({ paid_at: null, last_payment_attempt: null, ...overrides }),
        ),
      );

    it('sees the failure of a past-due payment whatever its count of failed attempts', () => {
      expect(
        classifyLive({
          status: 'open',
          substatus: 'past_due',
          failure_message: null,
          payments_failed: 2,
        }),
      ).toBe('failed');
    });

    it('reads a blank failure message as none', () => {
      expect(classifyLive({ status: 'open', substatus: null, failure_message: ' ' })).toBe(
        'pending',
      );
    });
  });
});
