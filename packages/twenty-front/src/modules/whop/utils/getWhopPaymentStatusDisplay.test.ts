import { describe, expect, it } from 'vitest';

import type { WhopPayment } from '@/whop/types/WhopPayment';
import { getWhopPaymentStatusDisplay } from '@/whop/utils/getWhopPaymentStatusDisplay';

type PaymentStatus = Pick<WhopPayment, 'outcome' | 'status' | 'substatus'>;

const CASES: [PaymentStatus, string, string][] = [
  [{ outcome: 'succeeded', status: 'paid', substatus: 'dispute_won' }, 'Paid', 'green'],
  [{ outcome: 'failed', status: 'paid', substatus: 'past_due' }, 'Failed', 'red'],
  [{ outcome: 'failed', status: 'uncollectible', substatus: null }, 'Failed', 'red'],
  [{ outcome: 'refunded', status: 'paid', substatus: 'auto_refunded' }, 'Refunded', 'purple'],
  [
    { outcome: 'partially_refunded', status: 'paid', substatus: 'partially_refunded' },
    'Partially refunded',
    'purple',
  ],
  [{ outcome: 'pending', status: 'open', substatus: null }, 'Pending', 'yellow'],
  [{ outcome: 'other', status: 'paid', substatus: 'dispute_lost' }, 'Dispute lost', 'gray'],
  [{ outcome: 'other', status: 'void', substatus: null }, 'Void', 'gray'],
  [{ outcome: 'other', status: null, substatus: null }, 'Unknown', 'gray'],
];

describe('getWhopPaymentStatusDisplay', () => {
  it.each(CASES)('shows %o as %s in %s', (payment, label, color) => {
    expect(getWhopPaymentStatusDisplay(payment)).toEqual({ label, color });
  });
});
