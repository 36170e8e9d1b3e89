import { describe, expect, it } from 'vitest';

import { formatWhopSyncRunRecords } from '@/whop/utils/formatWhopSyncRunRecords';

const count = (object: string, created: number, updated: number, unchanged: number) => ({
  object,
  created,
  updated,
  unchanged,
});

describe('formatWhopSyncRunRecords', () => {
  it('sums the objects and leaves the zeros out', () => {
    expect(
      formatWhopSyncRunRecords([count('person', 0, 2, 120), count('whopPayment', 0, 0, 1210)]),
    ).toBe('2 updated · 1,330 unchanged');
    expect(formatWhopSyncRunRecords([count('person', 809, 0, 0)])).toBe('809 new');
  });

  it('says so when a run read nothing', () => {
    expect(formatWhopSyncRunRecords([])).toBe('None read');
  });
});
