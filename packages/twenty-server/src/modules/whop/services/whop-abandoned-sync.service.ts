import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isDefined } from 'twenty-shared';
import { In, Repository } from 'typeorm';

import { type ScheduledJobsOwner } from 'src/engine/core-modules/message-queue/services/scheduled-jobs-keeper.service';
import { getErrorMessage } from 'src/engine/utils/get-error-message.util';
import { resolveWithin } from 'src/engine/utils/resolve-within.util';
import { WHOP_ONGOING_SYNC_STAGES } from 'src/modules/whop/constants/whop-ongoing-sync-stages.constant';
import { WhopConnection } from 'src/modules/whop/entities/whop-connection.entity';
import { WhopConnectionSyncStatusService } from 'src/modules/whop/services/whop-connection-sync-status.service';
import { WhopSyncLockService } from 'src/modules/whop/services/whop-sync-lock.service';
import { WhopSyncLogService } from 'src/modules/whop/services/whop-sync-log.service';
import {
  QUEUE_READ_TIMEOUT_MS,
  WhopSyncSchedulerService,
} from 'src/modules/whop/services/whop-sync-scheduler.service';

export const ABANDONED_SYNC_MESSAGE =
  'The sync stopped without finishing and could not record why (the worker, the database or the job queue went away).';

type AbandonedRunOutcome = 'running' | 'resumed' | 'failed';

// A run ends failed with its reason, or waits for its job's next attempt. Two things leave a run
// showing as running with no job to carry it on, Sync changes and Full resync disabled:
// - the queue lost its job (a Redis that keeps nothing on disk restarted): the run is queued again
//   and resumes from its last checkpoint;
// - its job gave up without recording anything (the database out of reach through its last
//   attempt, or a job that stalled twice and that BullMQ failed without running it): the run ends
//   failed.
// Either is settled when the connection is read, and every minute by the scheduled jobs keeper
// (nobody may be reading), for a run no sync holds the lock of and that wrote nothing within the
// lock's lifetime.
@Injectable()
export class WhopAbandonedSyncService implements ScheduledJobsOwner {
  readonly scheduledJobsName = 'the Whop sync runs under way';
  private readonly logger = new Logger(WhopAbandonedSyncService.name);

  constructor(
    @InjectRepository(WhopConnection)
    private readonly connectionRepository: Repository<WhopConnection>,
    private readonly syncLockService: WhopSyncLockService,
    private readonly scheduler: WhopSyncSchedulerService,
    private readonly syncStatusService: WhopConnectionSyncStatusService,
    private readonly syncLogService: WhopSyncLogService,
  ) {}

  // The connection as it is, or as failed when its run was abandoned. When Redis or the database
  // is slow to answer, the connection is shown as it is and the check ends by itself.
  async endIfAbandoned(connection: WhopConnection): Promise<WhopConnection> {
    const settling = this.settle(connection).catch((error: unknown) => {
      this.logger.warn(
        `Could not check the sync run of ${connection.id}: ${getErrorMessage(error)}`,
      );

      return 'running' as const;
    });

    return (await resolveWithin(settling, QUEUE_READ_TIMEOUT_MS, 'running')) === 'failed'
      ? {
          ...connection,
          syncStatus: 'FAILED_UNKNOWN',
          syncStage: 'FAILED',
          lastSyncError: ABANDONED_SYNC_MESSAGE,
        }
      : connection;
  }

  // The keeper's check: the runs under way of connected connections. Returns how many lost runs
  // it queued again.
  async restoreScheduledJobs(): Promise<number> {
    const connections = await this.connectionRepository.findBy({
      status: 'active',
      syncStage: In([...WHOP_ONGOING_SYNC_STAGES]),
    });
    let resumed = 0;

    for (const connection of connections)
      if ((await this.settle(connection)) === 'resumed') resumed += 1;

    return resumed;
  }

  // Read-only checks first: taking the sync lock here would make a job arriving meanwhile skip its
  // attempt, and abandon the run it was to resume. A job taking the run up between the checks and
  // the write is not ruled out; it then resumes the run, as failed for a moment.
  private async settle(connection: WhopConnection): Promise<AbandonedRunOutcome> {
    const jobId = connection.syncProgress?.jobId;

    if (
      !WHOP_ONGOING_SYNC_STAGES.includes(connection.syncStage) ||
      !isDefined(jobId) ||
      (await this.syncLockService.isLocked(connection.id))
    )
      return 'running';
    const jobStatus = await this.scheduler.getSyncJobStatus(jobId);

    if (jobStatus === 'pending') return 'running';
    if (jobStatus === 'missing' && connection.status === 'active')
      return (await this.syncStatusService.isRunQuiet(connection, jobId))
        ? this.resume(connection, jobId)
        : 'running';
    if (
      !(await this.syncStatusService.markAbandonedRunAsFailed(
        connection,
        jobId,
        ABANDONED_SYNC_MESSAGE,
      ))
    )
      return 'running';
    this.logger.warn(`Sync of connection ${connection.id} was abandoned by job ${jobId}`);
    const runId = connection.syncProgress?.runId;

    if (isDefined(runId)) await this.syncLogService.failAbandonedRun(runId, ABANDONED_SYNC_MESSAGE);

    return 'failed';
  }

  // A job of the run's type takes it up from its checkpoint (a job already queued for the
  // connection's sync stands instead).
  private async resume(connection: WhopConnection, jobId: string): Promise<AbandonedRunOutcome> {
    if (connection.syncStage === 'FULL_SYNC_ONGOING')
      await this.scheduler.enqueueFullSync(connection);
    else await this.scheduler.enqueueIncrementalSync(connection);
    this.logger.warn(
      `Sync of connection ${connection.id} lost its job ${jobId} with the queue: queued again to resume`,
    );

    return 'resumed';
  }
}
