import { describe, expect, it } from 'vitest';

import { getWhopRenewalLabel } from '@/opportunities/utils/getWhopRenewalLabel';

const NOW = Date.parse('2025-03-14T10:00:00.000Z');

describe('getWhopRenewalLabel', () => {
  it.each([
    ['active', false, '2025-04-14T10:00:00.000Z', 'Renews'],
    ['active', true, '2025-04-14T10:00:00.000Z', 'Ends'],
    ['canceling', false, '2025-04-14T10:00:00.000Z', 'Ends'],
    ['canceled', false, '2025-04-14T10:00:00.000Z', 'Ends'],
    ['expired', false, '2025-02-14T10:00:00.000Z', 'Ended'],
    ['payment_failed', false, '2025-03-01T10:00:00.000Z', 'Unpaid since'],
    ['past_due', false, '2025-03-01T10:00:00.000Z', 'Unpaid since'],
    ['past_due', false, '2025-04-14T10:00:00.000Z', 'Renews'],
  ] as const)(
    '%s (cancel at period end: %s) on %s reads %s',
    (status, cancelAtPeriodEnd, date, label) => {
      expect(
        getWhopRenewalLabel(
          {
            whopMembershipStatus: status,
            whopCancelAtPeriodEnd: cancelAtPeriodEnd,
            whopRenewalDate: date,
          },
          NOW,
        ),
      ).toBe(label);
    },
  );
});
