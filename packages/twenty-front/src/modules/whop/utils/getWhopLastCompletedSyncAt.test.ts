import { describe, expect, it } from 'vitest';

import { getWhopLastCompletedSyncAt } from '@/whop/utils/getWhopLastCompletedSyncAt';

const EARLIER = '2025-03-14T10:02:00.000Z';
const LATER = '2025-03-14T11:00:00.000Z';

describe('getWhopLastCompletedSyncAt', () => {
  it('takes the later of the last full and the last incremental sync', () => {
    expect(
      getWhopLastCompletedSyncAt({ lastFullSyncAt: EARLIER, lastIncrementalSyncAt: LATER }),
    ).toBe(LATER);
    expect(
      getWhopLastCompletedSyncAt({ lastFullSyncAt: LATER, lastIncrementalSyncAt: EARLIER }),
    ).toBe(LATER);
  });

  it('takes the one that completed when the other never did', () => {
    expect(
      getWhopLastCompletedSyncAt({ lastFullSyncAt: EARLIER, lastIncrementalSyncAt: null }),
    ).toBe(EARLIER);
    expect(getWhopLastCompletedSyncAt({ lastFullSyncAt: null, lastIncrementalSyncAt: LATER })).toBe(
      LATER,
    );
  });

  it('has none when no sync completed', () => {
    expect(
      getWhopLastCompletedSyncAt({ lastFullSyncAt: null, lastIncrementalSyncAt: null }),
    ).toBeNull();
  });
});
