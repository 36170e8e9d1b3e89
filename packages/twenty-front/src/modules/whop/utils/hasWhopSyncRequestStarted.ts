import { isDefined } from 'twenty-shared';

import type { WhopConnection } from '@/whop/types/WhopConnection';
import type { WhopSyncRequest } from '@/whop/types/WhopSyncRequest';
import { isWhopSyncStageOngoing } from '@/whop/utils/isWhopSyncStageOngoing';

// Whether the connection shows the requested run: under way, or already ended (a run that started
// after the request, completed, or failed for a reason other than the one it showed before). The
// stage tells what runs, not the status: a run cut off by a disconnect leaves ONGOING behind. A
// connection no longer active has no run coming.
export const hasWhopSyncRequestStarted = (
  connection: Pick<
    WhopConnection,
    | 'status'
    | 'syncStage'
    | 'syncProgress'
    | 'lastFullSyncAt'
    | 'lastIncrementalSyncAt'
    | 'lastSyncError'
  >,
  request: WhopSyncRequest,
): boolean =>
  connection.status !== 'active' ||
  isWhopSyncStageOngoing(connection.syncStage) ||
  (isDefined(connection.syncProgress?.startedAt) &&
    connection.syncProgress.startedAt !== request.runStartedAt) ||
  connection.lastFullSyncAt !== request.lastFullSyncAt ||
  connection.lastIncrementalSyncAt !== request.lastIncrementalSyncAt ||
  (connection.syncStage === 'FAILED' && connection.lastSyncError !== request.lastSyncError);
