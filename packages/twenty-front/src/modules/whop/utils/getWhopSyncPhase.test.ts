import { describe, expect, it } from 'vitest';

import type { WhopConnection } from '@/whop/types/WhopConnection';
import type { WhopSyncRequest } from '@/whop/types/WhopSyncRequest';
import { getWhopConnectionHealth } from '@/whop/utils/getWhopConnectionHealth';
import { getWhopSyncPhase } from '@/whop/utils/getWhopSyncPhase';
import { shouldPollWhopConnection } from '@/whop/utils/shouldPollWhopConnection';
import { buildMockWhopConnection } from '~/testing/mock-data/buildMockWhopConnection';

type SyncState = Pick<WhopConnection, 'status' | 'syncStatus' | 'syncStage'>;

const CASES: [SyncState, string, string, boolean][] = [
  [
    {
      status: 'active',
      syncStatus: 'NOT_SYNCED',
      syncStage: 'FULL_SYNC_PENDING',
    },
    'pending',
    'syncing',
    true,
  ],
  [
    { status: 'active', syncStatus: 'ONGOING', syncStage: 'FULL_SYNC_ONGOING' },
    'ongoing',
    'syncing',
    true,
  ],
  [
    {
      status: 'active',
      syncStatus: 'ACTIVE',
      syncStage: 'INCREMENTAL_ONGOING',
    },
    'ongoing',
    'syncing',
    true,
  ],
  [
    {
      status: 'active',
      syncStatus: 'ACTIVE',
      syncStage: 'INCREMENTAL_PENDING',
    },
    'idle',
    'active',
    false,
  ],
  [
    { status: 'active', syncStatus: 'FAILED_UNKNOWN', syncStage: 'FAILED' },
    'failed',
    'failed',
    false,
  ],
  [
    {
      status: 'active',
      syncStatus: 'FAILED_UNKNOWN',
      syncStage: 'FULL_SYNC_PENDING',
    },
    'pending',
    'syncing',
    true,
  ],
  // Reconnected after a disconnect during a run: the run's status stays, the stage tells the truth.
  [
    {
      status: 'active',
      syncStatus: 'ONGOING',
      syncStage: 'FULL_SYNC_PENDING',
    },
    'pending',
    'syncing',
    true,
  ],
  [
    {
      status: 'active',
      syncStatus: 'NOT_SYNCED',
      syncStage: 'INCREMENTAL_PENDING',
    },
    'never_synced',
    'active',
    false,
  ],
  [
    {
      status: 'needs_reauth',
      syncStatus: 'FAILED_UNKNOWN',
      syncStage: 'FAILED',
    },
    'needs_reauth',
    'needs_reauth',
    false,
  ],
  [{ status: 'revoked', syncStatus: 'ACTIVE', syncStage: 'FAILED' }, 'revoked', 'revoked', false],
  [
    {
      status: 'revoked',
      syncStatus: 'ONGOING',
      syncStage: 'FULL_SYNC_ONGOING',
    },
    'revoked',
    'revoked',
    false,
  ],
];

describe('getWhopSyncPhase, getWhopConnectionHealth and shouldPollWhopConnection', () => {
  it.each(CASES)('%o is %s, shown as %s, polled: %s', (state, phase, health, shouldPoll) => {
    expect(getWhopSyncPhase(state)).toBe(phase);
    expect(
      getWhopConnectionHealth(buildMockWhopConnection({ ...state, nextSyncRetryAt: null })),
    ).toBe(health);
    expect(shouldPollWhopConnection(state)).toBe(shouldPoll);
  });
});

describe('getWhopConnectionHealth between two attempts of a sync', () => {
  const NEXT_SYNC_RETRY_AT = '2025-03-14T11:04:00.000Z';

  it('shows a running sync waiting for its next attempt as retrying, still followed', () => {
    const waiting = buildMockWhopConnection({
      syncStatus: 'ONGOING',
      syncStage: 'FULL_SYNC_ONGOING',
      nextSyncRetryAt: NEXT_SYNC_RETRY_AT,
    });

    expect(getWhopSyncPhase(waiting)).toBe('ongoing');
    expect(getWhopConnectionHealth(waiting)).toBe('retrying');
    expect(shouldPollWhopConnection(waiting)).toBe(true);
  });

  it('keeps a running sync whose Whop call is retried within the attempt as syncing', () => {
    expect(
      getWhopConnectionHealth(
        buildMockWhopConnection({
          syncStatus: 'ONGOING',
          syncStage: 'INCREMENTAL_ONGOING',
          lastSyncError: 'Whop answered 500 when the sync read payments.',
          nextSyncRetryAt: null,
        }),
      ),
    ).toBe('syncing');
  });

  it('ignores a retry time left on a sync no longer running', () => {
    expect(
      getWhopConnectionHealth(
        buildMockWhopConnection({
          syncStatus: 'FAILED_UNKNOWN',
          syncStage: 'FAILED',
          nextSyncRetryAt: NEXT_SYNC_RETRY_AT,
        }),
      ),
    ).toBe('failed');
  });
});

describe('shouldPollWhopConnection after a requested sync', () => {
  const atRest = buildMockWhopConnection();
  const request: WhopSyncRequest = {
    type: 'INCREMENTAL',
    requestedAt: 1_000,
    hasTimedOut: false,
    lastFullSyncAt: atRest.lastFullSyncAt,
    lastIncrementalSyncAt: atRest.lastIncrementalSyncAt,
    lastSyncError: null,
    runStartedAt: null,
  };

  it('follows a connection at rest until the requested run shows up, however busy the queue', () => {
    expect(shouldPollWhopConnection(atRest, request)).toBe(true);
  });

  it('stops following a run that has not started within the follow window', () => {
    expect(shouldPollWhopConnection(atRest, { ...request, hasTimedOut: true })).toBe(false);
  });

  it('never follows a revoked connection', () => {
    expect(shouldPollWhopConnection({ ...atRest, status: 'revoked' }, request)).toBe(false);
  });
});

describe('getWhopConnectionHealth of a sync that stopped moving', () => {
  it('shows a running sync silent for ten minutes as stalled, still followed', () => {
    const stalled = buildMockWhopConnection({
      syncStatus: 'ONGOING',
      syncStage: 'INCREMENTAL_ONGOING',
      updatedAt: '2025-03-14T10:50:00.000Z',
      readAt: '2025-03-14T11:00:00.000Z',
    });

    expect(getWhopConnectionHealth(stalled)).toBe('stalled');
    expect(shouldPollWhopConnection(stalled)).toBe(true);
  });
});
