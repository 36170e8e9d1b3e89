import { describe, expect, it } from 'vitest';

import { getWhopConnectionHealthExplanation } from '@/whop/utils/getWhopConnectionHealthExplanation';
import { buildMockWhopConnection } from '~/testing/mock-data/buildMockWhopConnection';

const failed = (overrides: Parameters<typeof buildMockWhopConnection>[0]) =>
  getWhopConnectionHealthExplanation(
    buildMockWhopConnection({ syncStatus: 'FAILED_UNKNOWN', syncStage: 'FAILED', ...overrides }),
    'failed',
  );

describe('getWhopConnectionHealthExplanation', () => {
  it('says a queued full sync waits for the sync worker, and a running one imports', () => {
    expect(
      getWhopConnectionHealthExplanation(
        buildMockWhopConnection({ syncStage: 'FULL_SYNC_PENDING' }),
        'syncing',
      ),
    ).toBe('A full sync is queued. You can leave this page: it runs on the server.');
    expect(
      getWhopConnectionHealthExplanation(
        buildMockWhopConnection({ syncStatus: 'ONGOING', syncStage: 'FULL_SYNC_ONGOING' }),
        'syncing',
      ),
    ).toBe('Importing from Whop. You can leave this page: the sync keeps running on the server.');
  });

  it('says a stalled sync may have lost its worker, and goes on once it runs again', () => {
    expect(
      getWhopConnectionHealthExplanation(
        buildMockWhopConnection({ syncStatus: 'ONGOING', syncStage: 'FULL_SYNC_ONGOING' }),
        'stalled',
      ),
    ).toBe(
      "This sync has stopped making progress: the server's sync worker may be stopped, or busy with another sync. It goes on from where it stopped once the worker takes it up again; nothing already imported is lost.",
    );
  });

  it('says a sync between two attempts is paused until its next try', () => {
    expect(
      getWhopConnectionHealthExplanation(
        buildMockWhopConnection({
          syncStatus: 'ONGOING',
          syncStage: 'FULL_SYNC_ONGOING',
          nextSyncRetryAt: '2025-03-14T10:31:00.000Z',
        }),
        'retrying',
      ),
    ).toBe(
      'An attempt of this sync failed: it is paused until its next try, and resumes by itself. You can leave this page.',
    );
  });

  it('does not call an active connection up to date: changes arrive with the check and Sync changes', () => {
    expect(
      getWhopConnectionHealthExplanation(
        buildMockWhopConnection({ syncIntervalMinutes: 60 }),
        'active',
      ),
    ).toBe('Connected. Whop is checked for changes every hour; Sync changes brings them in now.');
    expect(
      getWhopConnectionHealthExplanation(
        buildMockWhopConnection({ syncIntervalMinutes: null }),
        'active',
      ),
    ).toBe(
      'Connected. Whop is not checked on a schedule: Sync changes brings in what changed on Whop.',
    );
  });

  it('asks for a full resync when no full sync ever completed', () => {
    expect(failed({ lastFullSyncAt: null })).toBe(
      'The last sync stopped before finishing. Records already imported are safe; run a full resync to try again.',
    );
  });

  it('asks to try again, and names the scheduled check, once a full sync has completed', () => {
    expect(failed({ lastFullSyncAt: '2026-12-05T18:00:00.000Z', syncIntervalMinutes: 60 })).toBe(
      'The last sync stopped before finishing. Records already imported are safe; try again to bring in what changed (the check every hour also does).',
    );
    expect(failed({ lastFullSyncAt: '2026-12-05T18:00:00.000Z', syncIntervalMinutes: null })).toBe(
      'The last sync stopped before finishing. Records already imported are safe; try again to bring in what changed.',
    );
  });

  it('asks for the missing permission', () => {
    expect(failed({ syncStatus: 'FAILED_INSUFFICIENT_PERMISSIONS' })).toBe(
      'The Whop app is missing a permission it needs. Grant it in Whop, then reconnect.',
    );
  });
});
