import { describe, expect, it } from 'vitest';

import type { TimelineActivity } from '@/activities/timeline-activities/types/TimelineActivity';
import { getWhopTimelineActivityDisplay } from '@/whop/utils/getWhopTimelineActivityDisplay';

const buildActivity = (name: string, properties: Record<string, unknown>): TimelineActivity => ({
  id: 'activity-1',
  name,
  happensAt: '2025-03-14T10:00:00.000Z',
  properties,
  linkedRecordId: 'opportunity-1',
  linkedRecordCachedName: 'Pro — Ada Lovelace',
});

describe('getWhopTimelineActivityDisplay', () => {
  it('reads a succeeded payment with its amount in its currency', () => {
    const display = getWhopTimelineActivityDisplay(
      buildActivity('whop.payment.succeeded', {
        amountMicros: '49990000',
        currencyCode: 'eur',
      }),
    );

    expect(display?.sentence).toBe('Payment received for Pro — Ada Lovelace');
    expect(display?.amount).toBe('€49.99');
  });

  it('reads a failed payment with the reason Whop gave', () => {
    const display = getWhopTimelineActivityDisplay(
      buildActivity('whop.payment.failed', {
        amountMicros: '10000000',
        currencyCode: 'USD',
        failureMessage: 'Card declined',
      }),
    );

    expect(display?.sentence).toBe('Payment failed for Pro — Ada Lovelace');
    expect(display?.detail).toBe('Card declined');
    expect(display?.amount).toBe('$10');
  });

  it('reads a refund with the amount refunded in all by then, not the paid one', () => {
    const display = getWhopTimelineActivityDisplay(
      buildActivity('whop.payment.refunded', {
        amountMicros: '100000000',
        refundedAmountMicros: '25000000',
        currencyCode: 'GBP',
      }),
    );

    expect(display?.amount).toBe('£25');
    // A second partial refund's event holds the total: it says so, so two read as $10 in all.
    expect(display?.detail).toBe('Refunded in all by then');
  });

  it('reads a cancellation at period end with its reason', () => {
    const display = getWhopTimelineActivityDisplay(
      buildActivity('whop.membership.canceled', {
        cancelAtPeriodEnd: true,
        cancellationReason: 'Too expensive',
      }),
    );

    expect(display?.sentence).toBe('Membership canceled: Pro — Ada Lovelace');
    expect(display?.detail).toBe(
      'Access continues until the end of the paid period. Reason: Too expensive',
    );
  });

  it('reads activations and expirations, and ignores what is not a Whop event', () => {
    expect(
      getWhopTimelineActivityDisplay(buildActivity('whop.membership.activated', {}))?.sentence,
    ).toBe('Membership started: Pro — Ada Lovelace');
    expect(
      getWhopTimelineActivityDisplay(buildActivity('whop.membership.expired', {}))?.sentence,
    ).toBe('Membership expired: Pro — Ada Lovelace');
    expect(getWhopTimelineActivityDisplay(buildActivity('note.created', {}))).toBeNull();
  });
});
