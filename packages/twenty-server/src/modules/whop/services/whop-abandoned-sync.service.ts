import { Injectable, Logger } from '@nestjs/common';
import { isDefined } from 'twenty-shared';

import { getErrorMessage } from 'src/engine/utils/get-error-message.util';
import { type WhopConnection } from 'src/modules/whop/entities/whop-connection.entity';
import { WhopConnectionSyncStatusService } from 'src/modules/whop/services/whop-connection-sync-status.service';
import { WhopSyncLockService } from 'src/modules/whop/services/whop-sync-lock.service';
import { WhopSyncLogService } from 'src/modules/whop/services/whop-sync-log.service';
import { WhopSyncSchedulerService } from 'src/modules/whop/services/whop-sync-scheduler.service';

const ONGOING_STAGES = new Set(['FULL_SYNC_ONGOING', 'INCREMENTAL_ONGOING']);

export const ABANDONED_SYNC_MESSAGE =
  'The sync stopped without finishing: its last attempt ended before it could record why (the worker or the database went away).';

// A run ends failed with its reason, or waits for its job's next attempt. When its job gave up
// without recording anything (the database out of reach through its last attempt, or a job that
// stalled twice and that BullMQ failed without running it), the connection would show the run as
// running, waiting for a retry that never comes, with Sync changes and Full resync disabled.
// Reading the connection ends such a run as failed: the run holds no sync lock and its job is no
// longer waiting, delayed or active.
@Injectable()
export class WhopAbandonedSyncService {
  private readonly logger = new Logger(WhopAbandonedSyncService.name);

  constructor(
    private readonly syncLockService: WhopSyncLockService,
    private readonly scheduler: WhopSyncSchedulerService,
    private readonly syncStatusService: WhopConnectionSyncStatusService,
    private readonly syncLogService: WhopSyncLogService,
  ) {}

  // The connection as it is, or as failed when its run was abandoned. When Redis does not answer,
  // the connection is shown as it is.
  async endIfAbandoned(connection: WhopConnection): Promise<WhopConnection> {
    const jobId = connection.syncProgress?.jobId;

    if (!ONGOING_STAGES.has(connection.syncStage) || !isDefined(jobId)) return connection;
    try {
      if (
        (await this.syncLockService.isLocked(connection.id)) ||
        (await this.scheduler.isSyncJobPending(jobId))
      ) {
        return connection;
      }
    } catch (error) {
      this.logger.warn(
        `Could not check the sync job of ${connection.id}: ${getErrorMessage(error)}`,
      );

      return connection;
    }
    if (
      !(await this.syncStatusService.markAbandonedRunAsFailed(
        connection,
        jobId,
        ABANDONED_SYNC_MESSAGE,
      ))
    ) {
      return connection;
    }
    this.logger.warn(`Sync of connection ${connection.id} was abandoned by job ${jobId}`);
    if (isDefined(connection.syncProgress?.runId)) {
      await this.syncLogService.failAbandonedRun(
        connection.syncProgress.runId,
        ABANDONED_SYNC_MESSAGE,
      );
    }

    return {
      ...connection,
      syncStatus: 'FAILED_UNKNOWN',
      syncStage: 'FAILED',
      lastSyncError: ABANDONED_SYNC_MESSAGE,
    };
  }
}
