import { describe, expect, it } from 'vitest';

import type { WhopConnection } from '@/whop/types/WhopConnection';
import type { WhopSyncRequest } from '@/whop/types/WhopSyncRequest';
import { hasWhopSyncRequestStarted } from '@/whop/utils/hasWhopSyncRequestStarted';
import { buildMockWhopConnection } from '~/testing/mock-data/buildMockWhopConnection';

// "Sync changes", asked for on a connection at rest whose first full sync completed.
const REQUEST: WhopSyncRequest = {
  type: 'INCREMENTAL',
  requestedAt: 1_000,
  hasTimedOut: false,
  lastFullSyncAt: '2025-03-14T10:02:00.000Z',
  lastIncrementalSyncAt: null,
  lastSyncError: null,
  runStartedAt: null,
};

const hasStarted = (overrides: Partial<WhopConnection>) =>
  hasWhopSyncRequestStarted(buildMockWhopConnection(overrides), REQUEST);

describe('hasWhopSyncRequestStarted', () => {
  it('waits while the connection shows nothing new, however long that takes', () => {
    expect(hasStarted({})).toBe(false);
  });

  it('waits while a full sync is still queued, whatever the status says', () => {
    expect(hasStarted({ syncStage: 'FULL_SYNC_PENDING', syncStatus: 'ONGOING' })).toBe(false);
  });

  it.each(['INCREMENTAL_ONGOING', 'FULL_SYNC_ONGOING'] as const)(
    'sees the run start when the stage is %s',
    (syncStage) => {
      expect(hasStarted({ syncStage, syncStatus: 'ONGOING' })).toBe(true);
    },
  );

  it('sees a run that started and completed between two reads', () => {
    expect(hasStarted({ lastIncrementalSyncAt: '2025-03-14T11:00:00.000Z' })).toBe(true);
    expect(hasStarted({ lastFullSyncAt: '2025-03-14T11:00:00.000Z' })).toBe(true);
  });

  it('sees a run that started and failed between two reads', () => {
    expect(
      hasStarted({
        syncStatus: 'FAILED_UNKNOWN',
        syncStage: 'FAILED',
        lastSyncError: 'Whop answered 500',
      }),
    ).toBe(true);
  });

  describe('a connection whose last run failed', () => {
    const failedRun = (startedAt: string): Partial<WhopConnection> => ({
      syncStatus: 'FAILED_UNKNOWN',
      syncStage: 'FAILED',
      lastSyncError: 'The sync stopped on an unexpected error.',
      syncProgress: {
        step: 'members',
        steps: [],
        recordsPerSecond: null,
        startedAt,
        rateSince: null,
        warnings: 0,
        errors: 0,
      },
    });
    const retried = {
      ...REQUEST,
      lastSyncError: 'The sync stopped on an unexpected error.',
      runStartedAt: '2025-03-14T10:30:00.000Z',
    };

    it('sees the retried run that started and failed the same way between two reads, by its start', () => {
      expect(
        hasWhopSyncRequestStarted(
          buildMockWhopConnection(failedRun('2025-03-14T11:00:00.000Z')),
          retried,
        ),
      ).toBe(true);
    });

    it('still waits while it shows the run from before the request', () => {
      expect(
        hasWhopSyncRequestStarted(
          buildMockWhopConnection(failedRun('2025-03-14T10:30:00.000Z')),
          retried,
        ),
      ).toBe(false);
    });
  });

  it('still waits when a connection that had failed shows the failure from before the request', () => {
    expect(
      hasWhopSyncRequestStarted(
        buildMockWhopConnection({
          syncStatus: 'FAILED_UNKNOWN',
          syncStage: 'FAILED',
          lastSyncError: 'Whop answered 500',
        }),
        { ...REQUEST, lastSyncError: 'Whop answered 500' },
      ),
    ).toBe(false);
  });

  it.each(['needs_reauth', 'revoked'] as const)(
    'stops waiting once the connection is %s: no run is coming',
    (status) => {
      expect(hasStarted({ status })).toBe(true);
    },
  );
});
