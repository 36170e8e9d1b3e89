import { describe, expect, it } from 'vitest';

import type { WhopConnection } from '@/whop/types/WhopConnection';
import { getWhopConnectionHealth } from '@/whop/utils/getWhopConnectionHealth';
import { getWhopSyncPhase } from '@/whop/utils/getWhopSyncPhase';
import { shouldPollWhopConnection } from '@/whop/utils/shouldPollWhopConnection';

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
    expect(getWhopConnectionHealth(state)).toBe(health);
    expect(shouldPollWhopConnection(state)).toBe(shouldPoll);
  });
});

describe('shouldPollWhopConnection after a requested sync', () => {
  const atRest = {
    status: 'active',
    syncStatus: 'ACTIVE',
    syncStage: 'INCREMENTAL_PENDING',
  } as const;

  it('follows a connection at rest for a while after the seller asked for a sync', () => {
    expect(shouldPollWhopConnection(atRest, 1_000, 1_000 + 5_000)).toBe(true);
  });

  it('stops following it once the window has passed', () => {
    expect(shouldPollWhopConnection(atRest, 1_000, 1_000 + 60_000)).toBe(false);
  });

  it('never follows a revoked connection', () => {
    expect(shouldPollWhopConnection({ ...atRest, status: 'revoked' }, 1_000, 1_500)).toBe(false);
  });
});
