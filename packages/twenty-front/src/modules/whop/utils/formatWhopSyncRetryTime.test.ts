import { describe, expect, it } from 'vitest';

import { formatDateTime } from '@/ui/field/display/utils/formatDateTime';
import { formatWhopSyncRetryTime } from '@/whop/utils/formatWhopSyncRetryTime';

// Local times: the day is the reader's.
const NOW = new Date(2025, 2, 14, 10, 29);

describe('formatWhopSyncRetryTime', () => {
  it('gives only the time of an attempt due today', () => {
    expect(formatWhopSyncRetryTime(new Date(2025, 2, 14, 10, 31).toISOString(), NOW)).toBe(
      '10:31 AM',
    );
  });

  it('gives the date too of an attempt due another day', () => {
    const tomorrow = new Date(2025, 2, 15, 0, 5).toISOString();

    expect(formatWhopSyncRetryTime(tomorrow, new Date(2025, 2, 14, 23, 50))).toBe(
      formatDateTime(tomorrow),
    );
  });
});
