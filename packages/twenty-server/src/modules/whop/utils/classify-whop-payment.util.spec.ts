import { type WhopPayment } from 'src/modules/whop/types/whop-api.types';
import { classifyWhopPayment } from 'src/modules/whop/utils/classify-whop-payment.util';

type Source = Pick<WhopPayment, 'status' | 'substatus' | 'failure_message' | 'payments_failed'>;

const payment = (overrides: Partial<Source>): Source => ({
  status: 'paid',
  substatus: 'succeeded',
  failure_message: null,
  payments_failed: 0,
  ...overrides,
});

describe('classifyWhopPayment', () => {
  it.each<[Partial<Source>, ReturnType<typeof classifyWhopPayment>]>([
    [{ status: 'paid', substatus: 'succeeded' }, 'succeeded'],
    [{ status: 'paid', substatus: null }, 'succeeded'],
    [{ status: 'paid', substatus: undefined }, 'succeeded'],
    [{ status: 'paid', substatus: 'refunded' }, 'refunded'],
    [{ status: 'paid', substatus: 'auto_refunded' }, 'refunded'],
    [{ status: 'paid', substatus: 'partially_refunded' }, 'partially_refunded'],
    [{ status: 'open', substatus: 'failed', failure_message: 'Card declined' }, 'failed'],
    [{ status: null, substatus: 'failed' }, 'failed'],
    [{ status: 'open', substatus: 'past_due', payments_failed: 1 }, 'failed'],
    [{ status: 'open', substatus: 'past_due', failure_message: 'Insufficient funds' }, 'failed'],
    [{ status: 'uncollectible', substatus: 'uncollectible', payments_failed: 4 }, 'failed'],
    [{ status: 'uncollectible', substatus: 'uncollectible', payments_failed: 0 }, 'other'],
    [{ status: 'open', substatus: 'pending', payments_failed: 0 }, 'pending'],
    [{ status: 'open', substatus: null, payments_failed: null, failure_message: ' ' }, 'pending'],
    [{ status: 'pending', substatus: 'pending' }, 'pending'],
    [{ status: null, substatus: 'pending' }, 'pending'],
    [{ status: 'draft', substatus: 'drafted' }, 'other'],
    [{ status: 'void', substatus: 'canceled' }, 'other'],
    [{ status: 'paid', substatus: 'dispute_needs_response' }, 'other'],
    [{ status: 'unresolved', substatus: 'unresolved' }, 'other'],
    [{ status: null, substatus: null }, 'other'],
  ])('classifies %p as %p', (overrides, expected) => {
    expect(classifyWhopPayment(payment(overrides))).toBe(expected);
  });

  it('treats a refund as a refund even when the payment also carries a failure message', () => {
    expect(
      classifyWhopPayment(
        payment({ substatus: 'refunded', failure_message: 'Earlier retry failed' }),
      ),
    ).toBe('refunded');
  });
});
