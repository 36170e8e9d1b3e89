import { describe, expect, it } from 'vitest';

import type { WhopConnection } from '@/whop/types/WhopConnection';
import { getWhopIntegrationStatusTags } from '@/whop/utils/getWhopIntegrationStatusTags';
import { buildMockWhopConnection } from '~/testing/mock-data/buildMockWhopConnection';

const ACTIVE: Partial<WhopConnection> = {};
const REVOKED: Partial<WhopConnection> = { status: 'revoked' };
const NEEDS_REAUTH: Partial<WhopConnection> = {
  status: 'needs_reauth',
  syncStatus: 'FAILED_UNKNOWN',
  syncStage: 'FAILED',
};
// What the Whop page shows as Failed, with a way to try again: the connection itself is active.
const SYNC_FAILED: Partial<WhopConnection> = { syncStatus: 'FAILED_UNKNOWN', syncStage: 'FAILED' };
const SYNCING: Partial<WhopConnection> = { syncStatus: 'ONGOING', syncStage: 'FULL_SYNC_ONGOING' };
const RETRYING: Partial<WhopConnection> = {
  ...SYNCING,
  nextSyncRetryAt: '2025-03-14T10:31:00.000Z',
};

const connections = (...overrides: Partial<WhopConnection>[]) =>
  overrides.map((override) => buildMockWhopConnection(override));

describe('getWhopIntegrationStatusTags', () => {
  it('shows nothing when no company is connected, disconnected ones aside', () => {
    expect(getWhopIntegrationStatusTags(connections())).toEqual([]);
    expect(getWhopIntegrationStatusTags(connections(REVOKED))).toEqual([]);
  });

  it('counts the active connections as connected, a sync running or about to retry included', () => {
    expect(getWhopIntegrationStatusTags(connections(ACTIVE, REVOKED))).toEqual([
      { text: 'Connected', color: 'green' },
    ]);
    expect(getWhopIntegrationStatusTags(connections(ACTIVE, SYNCING, RETRYING))).toEqual([
      { text: '3 companies connected', color: 'green' },
    ]);
  });

  it('shows a connection whose last sync failed as failed, as the Whop page does, not as connected', () => {
    expect(getWhopIntegrationStatusTags(connections(SYNC_FAILED))).toEqual([
      { text: 'Sync failed', color: 'red' },
    ]);
    expect(getWhopIntegrationStatusTags(connections(SYNC_FAILED, SYNC_FAILED))).toEqual([
      { text: 'Sync failed for 2 companies', color: 'red' },
    ]);
    expect(
      getWhopIntegrationStatusTags(
        connections({ syncStatus: 'FAILED_INSUFFICIENT_PERMISSIONS', syncStage: 'FAILED' }),
      ),
    ).toEqual([{ text: 'Sync failed', color: 'red' }]);
  });

  it('shows a connection Whop no longer accepts as needing reconnection, not as connected', () => {
    expect(getWhopIntegrationStatusTags(connections(NEEDS_REAUTH))).toEqual([
      { text: 'Needs reconnection', color: 'yellow' },
    ]);
    expect(getWhopIntegrationStatusTags(connections(NEEDS_REAUTH, NEEDS_REAUTH))).toEqual([
      { text: '2 companies need reconnection', color: 'yellow' },
    ]);
  });

  it('counts each kind when some connections work and others need the seller', () => {
    expect(getWhopIntegrationStatusTags(connections(ACTIVE, NEEDS_REAUTH))).toEqual([
      { text: '1 connected', color: 'green' },
      { text: '1 needs reconnection', color: 'yellow' },
    ]);
    expect(
      getWhopIntegrationStatusTags(
        connections(ACTIVE, ACTIVE, SYNC_FAILED, SYNC_FAILED, NEEDS_REAUTH, NEEDS_REAUTH),
      ),
    ).toEqual([
      { text: '2 connected', color: 'green' },
      { text: '2 syncs failed', color: 'red' },
      { text: '2 need reconnection', color: 'yellow' },
    ]);
    expect(getWhopIntegrationStatusTags(connections(ACTIVE, SYNC_FAILED))).toEqual([
      { text: '1 connected', color: 'green' },
      { text: '1 sync failed', color: 'red' },
    ]);
  });
});
