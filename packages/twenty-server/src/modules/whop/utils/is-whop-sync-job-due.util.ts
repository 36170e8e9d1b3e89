import { isDefined, type WhopSyncType } from 'twenty-shared';

import { WHOP_FULL_SYNC_STAGES } from 'src/modules/whop/constants/whop-full-sync-stages.constant';
import { type WhopConnection } from 'src/modules/whop/entities/whop-connection.entity';

// Whether a sync job has a run to make. A sync of changes has none while a full sync waits to
// start or is under way (between two attempts, or its job lost): the full sync reads everything it
// would, and running first would take its stage, and with it the full sync asked for. A full sync
// resuming a run (resumeRunId: one whose own job was lost, or the one its job carried before being
// handed out again) has that run while it is under way, or the full sync asked for since; once that
// run ended, none.
export const isWhopSyncJobDue = (
  connection: Pick<WhopConnection, 'syncStage' | 'syncProgress'>,
  type: Exclude<WhopSyncType, 'webhook'>,
  resumeRunId?: string,
): boolean => {
  if (type === 'incremental') return !WHOP_FULL_SYNC_STAGES.includes(connection.syncStage);
  if (!isDefined(resumeRunId)) return true;

  return (
    connection.syncStage === 'FULL_SYNC_PENDING' ||
    (connection.syncStage === 'FULL_SYNC_ONGOING' && connection.syncProgress?.runId === resumeRunId)
  );
};
