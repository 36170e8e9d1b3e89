import { type WhopConnection } from 'src/modules/whop/entities/whop-connection.entity';

// When the full sync waiting to start was queued (a new connection is queued as it is created);
// null unless one waits.
export const getWhopFullSyncQueuedAt = (
  connection: Pick<WhopConnection, 'syncStage' | 'syncStageStartedAt' | 'createdAt'>,
): Date | null =>
  connection.syncStage === 'FULL_SYNC_PENDING'
    ? (connection.syncStageStartedAt ?? connection.createdAt)
    : null;
