import { describe, expect, it } from 'vitest';

import { buildWhopSyncRequest } from '@/whop/utils/buildWhopSyncRequest';
import { buildMockWhopConnection } from '~/testing/mock-data/buildMockWhopConnection';

describe('buildWhopSyncRequest', () => {
  it('keeps what the connection shows of its last runs, to see the requested one by a change', () => {
    expect(
      buildWhopSyncRequest(
        buildMockWhopConnection({ lastSyncError: 'Whop answered 500' }),
        'INCREMENTAL',
        1_000,
      ),
    ).toEqual({
      type: 'INCREMENTAL',
      requestedAt: 1_000,
      hasTimedOut: false,
      lastFullSyncAt: '2025-03-14T10:02:00.000Z',
      lastIncrementalSyncAt: null,
      lastSyncError: 'Whop answered 500',
      runStartedAt: null,
    });
  });

  it('keeps when the run it shows started', () => {
    const connection = buildMockWhopConnection();

    expect(
      buildWhopSyncRequest(
        {
          ...connection,
          syncProgress: { startedAt: '2025-03-14T10:00:00.000Z' },
        },
        'FULL',
      ),
    ).toMatchObject({ runStartedAt: '2025-03-14T10:00:00.000Z' });
  });
});
