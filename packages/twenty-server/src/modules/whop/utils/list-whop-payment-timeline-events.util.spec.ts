import { listWhopPaymentTimelineEvents } from 'src/modules/whop/utils/list-whop-payment-timeline-events.util';

const PAID_AT = new Date('2026-03-01T09:32:00.000Z');

const payment = (
  overrides: Partial<Parameters<typeof listWhopPaymentTimelineEvents>[0]>,
): Parameters<typeof listWhopPaymentTimelineEvents>[0] => ({
  status: 'paid',
  substatus: 'succeeded',
  failureMessage: null,
  lastPaymentAttemptAt: null,
  paidAt: PAID_AT,
  ...overrides,
});

describe('listWhopPaymentTimelineEvents', () => {
  it('lists a succeeded payment', () => {
    expect(
      listWhopPaymentTimelineEvents(payment({ status: 'paid', substatus: 'succeeded' })),
    ).toEqual(['succeeded']);
  });

  it('lists a paid payment whose dispute the seller won as succeeded', () => {
    expect(
      listWhopPaymentTimelineEvents(payment({ status: 'paid', substatus: 'dispute_won' })),
    ).toEqual(['succeeded']);
  });

  it('lists a failed payment', () => {
    expect(
      listWhopPaymentTimelineEvents(
        payment({ status: 'open', substatus: 'failed', failureMessage: 'Declined', paidAt: null }),
      ),
    ).toEqual(['failed']);
  });

  it.each(['refunded', 'auto_refunded', 'partially_refunded'] as const)(
    'lists a paid then %s payment as succeeded then refunded',
    (substatus) => {
      expect(listWhopPaymentTimelineEvents(payment({ status: 'paid', substatus }))).toEqual([
        'succeeded',
        'refunded',
      ]);
    },
  );

  it('lists only the refund when the payment was never marked paid', () => {
    expect(
      listWhopPaymentTimelineEvents(
        payment({ status: 'paid', substatus: 'refunded', paidAt: null }),
      ),
    ).toEqual(['refunded']);
  });

  it.each([
    ['pending', 'pending'],
    ['draft', 'drafted'],
    ['void', 'canceled'],
  ] as const)('lists nothing for a %s/%s payment', (status, substatus) => {
    expect(listWhopPaymentTimelineEvents(payment({ status, substatus, paidAt: null }))).toEqual([]);
  });
});
