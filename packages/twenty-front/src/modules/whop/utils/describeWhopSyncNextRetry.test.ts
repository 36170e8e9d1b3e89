import { describe, expect, it } from 'vitest';

import { describeWhopSyncNextRetry } from '@/whop/utils/describeWhopSyncNextRetry';

// Local times, so that "10:31 AM" reads the same in any time zone.
const NEXT_SYNC_RETRY_AT = new Date(2025, 2, 14, 10, 31).toISOString();
const before = (ms: number) => new Date(Date.parse(NEXT_SYNC_RETRY_AT) - ms);

describe('describeWhopSyncNextRetry', () => {
  it('says how many attempts failed, and when the next one is due and in how long', () => {
    expect(
      describeWhopSyncNextRetry(
        { nextSyncRetryAt: NEXT_SYNC_RETRY_AT, throttleFailureCount: 3 },
        before(120_000),
      ),
    ).toBe('3 attempts failed so far. Next try at 10:31 AM (in about 2 min).');
  });

  it('counts the time left in whole minutes, and less than a minute at the end', () => {
    const describeAt = (timeLeftMs: number) =>
      describeWhopSyncNextRetry(
        { nextSyncRetryAt: NEXT_SYNC_RETRY_AT, throttleFailureCount: 1 },
        before(timeLeftMs),
      );

    expect(describeAt(29 * 60_000 + 40_000)).toBe(
      '1 attempt failed so far. Next try at 10:31 AM (in about 30 min).',
    );
    expect(describeAt(80_000)).toBe(
      '1 attempt failed so far. Next try at 10:31 AM (in about 1 min).',
    );
    expect(describeAt(59_000)).toBe(
      '1 attempt failed so far. Next try at 10:31 AM (in less than a minute).',
    );
    expect(describeAt(1)).toBe(
      '1 attempt failed so far. Next try at 10:31 AM (in less than a minute).',
    );
  });

  it('says the next attempt comes any moment once its time has come', () => {
    expect(
      describeWhopSyncNextRetry(
        { nextSyncRetryAt: NEXT_SYNC_RETRY_AT, throttleFailureCount: 12 },
        before(0),
      ),
    ).toBe('12 attempts failed so far. Next try any moment now.');
    expect(
      describeWhopSyncNextRetry(
        { nextSyncRetryAt: NEXT_SYNC_RETRY_AT, throttleFailureCount: 12 },
        before(-90_000),
      ),
    ).toBe('12 attempts failed so far. Next try any moment now.');
  });

  it('leaves out the failed attempts when none is counted', () => {
    expect(
      describeWhopSyncNextRetry(
        { nextSyncRetryAt: NEXT_SYNC_RETRY_AT, throttleFailureCount: 0 },
        before(120_000),
      ),
    ).toBe('Next try at 10:31 AM (in about 2 min).');
  });

  it('does not count down a time it cannot read', () => {
    expect(
      describeWhopSyncNextRetry({ nextSyncRetryAt: 'soon', throttleFailureCount: 2 }, before(0)),
    ).toBe('2 attempts failed so far. Next try any moment now.');
  });
});
