import { listWhopPaymentTimelineEvents } from 'src/modules/whop/utils/list-whop-payment-timeline-events.util';

const PAID_AT = '2026-03-01T09:32:00.000Z';

describe('listWhopPaymentTimelineEvents', () => {
  it('lists a succeeded payment', () => {
    expect(
      listWhopPaymentTimelineEvents({ status: 'paid', substatus: 'succeeded', paid_at: PAID_AT }),
    ).toEqual(['succeeded']);
  });

  it('lists a failed payment', () => {
    expect(
      listWhopPaymentTimelineEvents({
        status: 'open',
        substatus: 'failed',
        failure_message: 'Declined',
        paid_at: null,
      }),
    ).toEqual(['failed']);
  });

  it.each(['refunded', 'auto_refunded', 'partially_refunded'] as const)(
    'lists a paid then %s payment as succeeded then refunded',
    (substatus) => {
      expect(
        listWhopPaymentTimelineEvents({ status: 'paid', substatus, paid_at: PAID_AT }),
      ).toEqual(['succeeded', 'refunded']);
    },
  );

  it('lists only the refund when the payment was never marked paid', () => {
    expect(
      listWhopPaymentTimelineEvents({ status: 'paid', substatus: 'refunded', paid_at: null }),
    ).toEqual(['refunded']);
  });

  it.each([
    ['pending', 'pending'],
    ['draft', 'drafted'],
    ['void', 'canceled'],
  ] as const)('lists nothing for a %s/%s payment', (status, substatus) => {
    expect(listWhopPaymentTimelineEvents({ status, substatus, paid_at: null })).toEqual([]);
  });
});
