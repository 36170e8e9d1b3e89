import { describe, expect, it } from 'vitest';

import { buildMockWhopConnection } from '~/testing/mock-data/buildMockWhopConnection';
import { getWhopSyncStalledSince } from '@/whop/utils/getWhopSyncStalledSince';

const READ_AT = '2025-03-14T11:00:00.000Z';

const running = (overrides: Parameters<typeof buildMockWhopConnection>[0] = {}) =>
  buildMockWhopConnection({
    syncStatus: 'ONGOING',
    syncStage: 'FULL_SYNC_ONGOING',
    readAt: READ_AT,
    ...overrides,
  });

describe('getWhopSyncStalledSince', () => {
  it('says nothing of a run that wrote within the last ten minutes', () => {
    expect(getWhopSyncStalledSince(running({ updatedAt: '2025-03-14T10:50:00.001Z' }))).toBeNull();
  });

  it('gives the last write of a run silent for ten minutes', () => {
    expect(getWhopSyncStalledSince(running({ updatedAt: '2025-03-14T10:50:00.000Z' }))).toBe(
      '2025-03-14T10:50:00.000Z',
    );
  });

  it('counts a run between two attempts from when its next attempt fell due', () => {
    const waiting = { updatedAt: '2025-03-14T10:00:00.000Z', syncStatus: 'ONGOING' as const };

    expect(
      getWhopSyncStalledSince(running({ ...waiting, nextSyncRetryAt: '2025-03-14T10:55:00.000Z' })),
    ).toBeNull();
    expect(
      getWhopSyncStalledSince(running({ ...waiting, nextSyncRetryAt: '2025-03-14T10:45:00.000Z' })),
    ).toBe('2025-03-14T10:45:00.000Z');
  });

  // Whop retrying a call, each try after as long as Whop asks (up to 5 min), writes nothing.
  it('waits 40 minutes before calling stalled a run that waits on Whop within its attempt', () => {
    const waitingOnWhop = { lastSyncError: 'Whop is busy or unreachable right now.' };

    expect(
      getWhopSyncStalledSince(running({ ...waitingOnWhop, updatedAt: '2025-03-14T10:20:00.001Z' })),
    ).toBeNull();
    expect(
      getWhopSyncStalledSince(running({ ...waitingOnWhop, updatedAt: '2025-03-14T10:20:00.000Z' })),
    ).toBe('2025-03-14T10:20:00.000Z');
  });

  it('says nothing of a connection at rest, however long ago it was written', () => {
    expect(
      getWhopSyncStalledSince(
        buildMockWhopConnection({ updatedAt: '2025-01-01T00:00:00.000Z', readAt: READ_AT }),
      ),
    ).toBeNull();
  });
});
