import { Injectable, Logger } from '@nestjs/common';
import { isDefined } from 'twenty-shared';

import { getErrorMessage } from 'src/engine/utils/get-error-message.util';
import { resolveWithin } from 'src/engine/utils/resolve-within.util';
import { WHOP_ONGOING_SYNC_STAGES } from 'src/modules/whop/constants/whop-ongoing-sync-stages.constant';
import { type WhopConnection } from 'src/modules/whop/entities/whop-connection.entity';
import { WhopConnectionSyncStatusService } from 'src/modules/whop/services/whop-connection-sync-status.service';
import { WhopSyncLockService } from 'src/modules/whop/services/whop-sync-lock.service';
import { WhopSyncLogService } from 'src/modules/whop/services/whop-sync-log.service';
import {
  QUEUE_READ_TIMEOUT_MS,
  WhopSyncSchedulerService,
} from 'src/modules/whop/services/whop-sync-scheduler.service';

export const ABANDONED_SYNC_MESSAGE =
  'The sync stopped without finishing and could not record why (the worker, the database or the job queue went away).';

// A run ends failed with its reason, or waits for its job's next attempt. When its job gave up
// without recording anything (the database out of reach through its last attempt, or a job that
// stalled twice and that BullMQ failed without running it), the connection would show the run as
// running, waiting for a retry that never comes, with Sync changes and Full resync disabled.
// Reading the connection ends such a run as failed: no sync holds the connection's lock and the
// run's job is no longer waiting, delayed or active.
@Injectable()
export class WhopAbandonedSyncService {
  private readonly logger = new Logger(WhopAbandonedSyncService.name);

  constructor(
    private readonly syncLockService: WhopSyncLockService,
    private readonly scheduler: WhopSyncSchedulerService,
    private readonly syncStatusService: WhopConnectionSyncStatusService,
    private readonly syncLogService: WhopSyncLogService,
  ) {}

  // The connection as it is, or as failed when its run was abandoned. When Redis or the database
  // is slow to answer, the connection is shown as it is and the check ends by itself.
  async endIfAbandoned(connection: WhopConnection): Promise<WhopConnection> {
    const jobId = connection.syncProgress?.jobId;

    if (!WHOP_ONGOING_SYNC_STAGES.includes(connection.syncStage) || !isDefined(jobId))
      return connection;
    const ending = this.endRunIfAbandoned(connection, jobId).catch((error: unknown) => {
      this.logger.warn(
        `Could not check the sync run of ${connection.id}: ${getErrorMessage(error)}`,
      );

      return false;
    });

    return (await resolveWithin(ending, QUEUE_READ_TIMEOUT_MS, false))
      ? {
          ...connection,
          syncStatus: 'FAILED_UNKNOWN',
          syncStage: 'FAILED',
          lastSyncError: ABANDONED_SYNC_MESSAGE,
        }
      : connection;
  }

  // Read-only checks first: taking the sync lock here would make a job arriving meanwhile skip its
  // attempt, and abandon the run it was to resume. A job taking the run up between the checks and
  // the write is not ruled out; it then resumes the run, as failed for a moment.
  private async endRunIfAbandoned(connection: WhopConnection, jobId: string): Promise<boolean> {
    if (
      (await this.syncLockService.isLocked(connection.id)) ||
      (await this.scheduler.isSyncJobPending(jobId)) ||
      !(await this.syncStatusService.markAbandonedRunAsFailed(
        connection,
        jobId,
        ABANDONED_SYNC_MESSAGE,
      ))
    ) {
      return false;
    }
    this.logger.warn(`Sync of connection ${connection.id} was abandoned by job ${jobId}`);
    const runId = connection.syncProgress?.runId;

    if (isDefined(runId)) await this.syncLogService.failAbandonedRun(runId, ABANDONED_SYNC_MESSAGE);

    return true;
  }
}
