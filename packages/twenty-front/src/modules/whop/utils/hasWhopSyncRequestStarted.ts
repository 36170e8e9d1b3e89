import type { WhopConnection } from '@/whop/types/WhopConnection';
import type { WhopSyncRequest } from '@/whop/types/WhopSyncRequest';
import { isWhopSyncStageOngoing } from '@/whop/utils/isWhopSyncStageOngoing';

// Whether the connection shows the requested run: under way, or already ended (completed, or
// failed for a reason other than the one it showed before). The stage tells what runs, not the
// status: a run cut off by a disconnect leaves ONGOING behind. A connection no longer active has
// no run coming.
export const hasWhopSyncRequestStarted = (
  connection: Pick<
    WhopConnection,
    'status' | 'syncStage' | 'lastFullSyncAt' | 'lastIncrementalSyncAt' | 'lastSyncError'
  >,
  request: WhopSyncRequest,
): boolean =>
  connection.status !== 'active' ||
  isWhopSyncStageOngoing(connection.syncStage) ||
  connection.lastFullSyncAt !== request.lastFullSyncAt ||
  connection.lastIncrementalSyncAt !== request.lastIncrementalSyncAt ||
  (connection.syncStage === 'FAILED' && connection.lastSyncError !== request.lastSyncError);
