import { describe, expect, it } from 'vitest';

import type { WhopConnection } from '@/whop/types/WhopConnection';
import { getWhopImportState } from '@/whop/utils/getWhopImportState';
import { buildMockWhopConnection } from '~/testing/mock-data/buildMockWhopConnection';

const IMPORTED: Partial<WhopConnection> = {};
const REVOKED: Partial<WhopConnection> = { status: 'revoked' };
const FIRST_SYNC_PENDING: Partial<WhopConnection> = {
  syncStatus: 'NOT_SYNCED',
  syncStage: 'FULL_SYNC_PENDING',
  lastSyncAt: null,
  lastFullSyncAt: null,
};
const FIRST_SYNC_RUNNING: Partial<WhopConnection> = {
  ...FIRST_SYNC_PENDING,
  syncStatus: 'ONGOING',
  syncStage: 'FULL_SYNC_ONGOING',
};
const FIRST_SYNC_FAILED: Partial<WhopConnection> = {
  ...FIRST_SYNC_PENDING,
  syncStatus: 'FAILED_UNKNOWN',
  syncStage: 'FAILED',
};

const stateOf = (...overrides: Partial<WhopConnection>[]) =>
  getWhopImportState(overrides.map((override) => buildMockWhopConnection(override)));

describe('getWhopImportState', () => {
  it('is not connected without a company, or with disconnected ones only', () => {
    expect(stateOf()).toBe('not_connected');
    expect(stateOf(REVOKED)).toBe('not_connected');
  });

  it('is importing while a sync waits to start or runs', () => {
    expect(stateOf(FIRST_SYNC_PENDING)).toBe('importing');
    expect(stateOf(FIRST_SYNC_RUNNING)).toBe('importing');
    expect(stateOf(IMPORTED, FIRST_SYNC_RUNNING)).toBe('importing');
  });

  it('is imported once a sync completed', () => {
    expect(stateOf(IMPORTED)).toBe('imported');
    expect(
      stateOf({ lastFullSyncAt: null, lastIncrementalSyncAt: '2025-03-14T11:00:00.000Z' }),
    ).toBe('imported');
    expect(stateOf(IMPORTED, FIRST_SYNC_FAILED)).toBe('imported');
  });

  it('is not imported while a connected company never completed a sync', () => {
    expect(stateOf(FIRST_SYNC_FAILED)).toBe('not_imported');
    expect(
      stateOf({
        ...FIRST_SYNC_FAILED,
        status: 'needs_reauth',
        authFailedAt: '2025-03-14T10:01:00.000Z',
      }),
    ).toBe('not_imported');
    // What a disconnected company imported says nothing of the connected one.
    expect(stateOf(REVOKED, FIRST_SYNC_FAILED)).toBe('not_imported');
  });
});
