import { describe, expect, it } from 'vitest';

import { formatWhopPaymentFailure } from '@/whop/utils/formatWhopPaymentFailure';

const NOW = new Date('2026-12-05T12:00:00.000Z');

describe('formatWhopPaymentFailure', () => {
  it('adds the retry Whop has planned', () => {
    expect(
      formatWhopPaymentFailure(
        {
          failureMessage: 'Your card was declined.',
          nextPaymentAttemptAt: '2026-12-07T12:00:00.000Z',
        },
        NOW,
      ),
    ).toBe('Your card was declined. · next retry Dec 7, 2026');
  });

  it('leaves out a retry that is no longer ahead, or none', () => {
    expect(
      formatWhopPaymentFailure(
        { failureMessage: 'Insufficient funds.', nextPaymentAttemptAt: '2026-12-01T12:00:00.000Z' },
        NOW,
      ),
    ).toBe('Insufficient funds.');
    expect(
      formatWhopPaymentFailure(
        { failureMessage: 'Insufficient funds.', nextPaymentAttemptAt: null },
        NOW,
      ),
    ).toBe('Insufficient funds.');
  });

  it('is empty for a payment that did not fail', () => {
    expect(
      formatWhopPaymentFailure(
        { failureMessage: null, nextPaymentAttemptAt: '2026-12-07T12:00:00.000Z' },
        NOW,
      ),
    ).toBeNull();
  });
});
