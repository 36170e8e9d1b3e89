import { describe, expect, it } from 'vitest';

import { formatWhopSyncRunRecords } from '@/whop/utils/formatWhopSyncRunRecords';

const count = (object: string, created: number, updated: number, unchanged: number) => ({
  object,
  created,
  updated,
  unchanged,
});

// The text as read, the no-break spaces that hold it together counted as spaces.
const asRead = (text: string) => text.replace(/\u00a0/g, ' ');

describe('formatWhopSyncRunRecords', () => {
  it('sums the objects and leaves the zeros out', () => {
    expect(
      asRead(
        formatWhopSyncRunRecords([count('person', 0, 2, 120), count('whopPayment', 0, 0, 1210)]),
      ),
    ).toBe('2 updated · 1,330 unchanged');
    expect(asRead(formatWhopSyncRunRecords([count('person', 809, 0, 0)]))).toBe('809 new');
  });

  it('can break only after a separator, never between a figure and its word', () => {
    expect(formatWhopSyncRunRecords([count('person', 4, 7, 561)]).split(' ')).toEqual([
      '4\u00a0new\u00a0·',
      '7\u00a0updated\u00a0·',
      '561\u00a0unchanged',
    ]);
  });

  it('says so when a run read nothing', () => {
    expect(formatWhopSyncRunRecords([])).toBe('None read');
  });
});
