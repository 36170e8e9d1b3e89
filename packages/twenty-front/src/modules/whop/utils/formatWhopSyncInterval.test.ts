import { describe, expect, it } from 'vitest';

import { formatWhopSyncInterval } from '@/whop/utils/formatWhopSyncInterval';

describe('formatWhopSyncInterval', () => {
  it.each([
    [60, 'every hour'],
    [360, 'every 6 hours'],
    [1440, 'every 24 hours'],
    [15, 'every 15 minutes'],
    [1, 'every minute'],
  ])('says %i minutes as "%s"', (minutes, expected) => {
    expect(formatWhopSyncInterval(minutes)).toBe(expected);
  });
});
