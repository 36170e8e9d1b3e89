import { describe, expect, it } from 'vitest';

import { WHOP_SYNC_ESTIMATE_MIN_ELAPSED_MS } from '@/whop/constants/WhopSyncEstimateMinElapsedMs';
import { WHOP_SYNC_ESTIMATE_MIN_RECORDS } from '@/whop/constants/WhopSyncEstimateMinRecords';
import { isWhopSyncRateSettled } from '@/whop/utils/isWhopSyncRateSettled';

const STARTED_AT = '2025-03-14T10:00:00.000Z';
const after = (ms: number) => new Date(Date.parse(STARTED_AT) + ms);

// The processed records spread over two steps: the threshold counts the run's, not a step's.
const progressWith = (processed: number) => ({
  startedAt: STARTED_AT,
  rateSince: null,
  steps: [
    { step: 'company', processed: 1, total: null },
    { step: 'members', processed: processed - 1, total: 1_000 },
  ],
});

describe('isWhopSyncRateSettled', () => {
  it('settles once the run has written enough records over enough time', () => {
    expect(
      isWhopSyncRateSettled(
        progressWith(WHOP_SYNC_ESTIMATE_MIN_RECORDS),
        after(WHOP_SYNC_ESTIMATE_MIN_ELAPSED_MS),
      ),
    ).toBe(true);
  });

  it('has not settled with one record too few, however long the run has been going', () => {
    expect(
      isWhopSyncRateSettled(progressWith(WHOP_SYNC_ESTIMATE_MIN_RECORDS - 1), after(60_000)),
    ).toBe(false);
  });

  it('has not settled a moment too early, however many records the run has written', () => {
    expect(
      isWhopSyncRateSettled(progressWith(5_000), after(WHOP_SYNC_ESTIMATE_MIN_ELAPSED_MS - 1)),
    ).toBe(false);
  });

  // A run resumed by a later attempt: its rate is measured from the resumption, over the records
  // written since, however long ago the run started and however many it wrote before.
  it('settles a resumed run on what it wrote since it resumed', () => {
    const resumedAt = after(60 * 60_000);
    const resumed = {
      ...progressWith(10_000 + WHOP_SYNC_ESTIMATE_MIN_RECORDS),
      rateSince: { at: resumedAt.toISOString(), processed: 10_000 },
    };
    const oneFewer = {
      ...resumed,
      rateSince: { ...resumed.rateSince, processed: 10_001 },
    };
    const later = (ms: number) => new Date(resumedAt.getTime() + ms);

    expect(isWhopSyncRateSettled(resumed, later(WHOP_SYNC_ESTIMATE_MIN_ELAPSED_MS))).toBe(true);
    expect(isWhopSyncRateSettled(resumed, later(WHOP_SYNC_ESTIMATE_MIN_ELAPSED_MS - 1))).toBe(
      false,
    );
    expect(isWhopSyncRateSettled(oneFewer, later(60_000))).toBe(false);
  });

  it('has not settled without a start time', () => {
    expect(isWhopSyncRateSettled({ ...progressWith(5_000), startedAt: null }, after(60_000))).toBe(
      false,
    );
  });
});
