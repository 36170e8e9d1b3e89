import { getWhopFullSyncQueuedAt } from 'src/modules/whop/utils/get-whop-full-sync-queued-at.util';

const CREATED_AT = new Date('2026-11-01T10:00:00Z');
const QUEUED_AT = new Date('2026-12-05T22:19:00Z');

describe('getWhopFullSyncQueuedAt', () => {
  it('is when the waiting full sync was queued', () => {
    expect(
      getWhopFullSyncQueuedAt({
        syncStage: 'FULL_SYNC_PENDING',
        syncStageStartedAt: QUEUED_AT,
        createdAt: CREATED_AT,
      }),
    ).toBe(QUEUED_AT);
  });

  it("is the connection's creation for the full sync Connect queued as it created it", () => {
    expect(
      getWhopFullSyncQueuedAt({
        syncStage: 'FULL_SYNC_PENDING',
        syncStageStartedAt: null,
        createdAt: CREATED_AT,
      }),
    ).toBe(CREATED_AT);
  });

  it('is null when no full sync waits', () => {
    expect(
      getWhopFullSyncQueuedAt({
        syncStage: 'FULL_SYNC_ONGOING',
        syncStageStartedAt: QUEUED_AT,
        createdAt: CREATED_AT,
      }),
    ).toBeNull();
  });
});
