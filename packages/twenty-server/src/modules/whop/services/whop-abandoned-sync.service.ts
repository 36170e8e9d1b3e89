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
import {
  WHOP_SYNC_LOCK_RENEW_EVERY_MS,
  WhopSyncLockService,
} from 'src/modules/whop/services/whop-sync-lock.service';
import { WhopSyncLogService } from 'src/modules/whop/services/whop-sync-log.service';
import {
  QUEUE_READ_TIMEOUT_MS,
  WhopSyncSchedulerService,
} from 'src/modules/whop/services/whop-sync-scheduler.service';

export const ABANDONED_SYNC_MESSAGE =
  'The sync stopped without finishing and could not record why (the worker, the database or the job queue went away).';

// A run still going takes its lock back within one renewal of Redis forgetting it: a run seen
// without its job and its lock is resumed once it was seen so at two checks this far apart.
export const LOST_RUN_CONFIRMATION_MS = 2 * WHOP_SYNC_LOCK_RENEW_EVERY_MS;

// A run ends failed with its reason, or waits for its job's next attempt. Two things leave a run
// showing as running with no job to carry it on, Sync changes and Full resync disabled (a run no
// sync holds the lock of, that wrote nothing within the lock's lifetime):
// - its job gave up without recording anything (the database out of reach through its last
//   attempt, or a job that stalled twice and that BullMQ failed without running it): the next
//   read of the connection ends the run as failed;
// - the queue lost its job (a Redis that keeps nothing on disk restarted): the scheduled jobs
//   keeper queues a job that resumes the run from its last checkpoint. A read leaves it to the
//   keeper.
@Injectable()
export class WhopAbandonedSyncService implements ScheduledJobsOwner {
  readonly scheduledJobsName = 'the Whop sync runs whose job was lost';
  private readonly logger = new Logger(WhopAbandonedSyncService.name);
  // Runs the keeper saw without their job and lock: connection id → the lost job, and since when.
  private readonly lostRunsSeen = new Map<string, { jobId: string; since: number }>();

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
    if (await this.syncLockService.isLocked(connection.id)) return false;
    const jobStatus = await this.scheduler.getSyncJobStatus(jobId);

    if (jobStatus === 'pending' || (jobStatus === 'missing' && connection.status === 'active'))
      return false;
    if (
      !(await this.syncStatusService.markAbandonedRunAsFailed(
        connection,
        jobId,
        ABANDONED_SYNC_MESSAGE,
      ))
    )
      return false;
    this.logger.warn(`Sync of connection ${connection.id} was abandoned by job ${jobId}`);
    const runId = connection.syncProgress?.runId;

    if (isDefined(runId)) await this.syncLogService.failAbandonedRun(runId, ABANDONED_SYNC_MESSAGE);

    return true;
  }

  // The keeper's check of the runs under way of active connections. Returns how many it queued a
  // job for.
  async restoreScheduledJobs(): Promise<number> {
    const connections = await this.connectionRepository.findBy({
      status: 'active',
      syncStage: In([...WHOP_ONGOING_SYNC_STAGES]),
    });
    const underWay = new Set(connections.map(({ id }) => id));
    let resumed = 0;

    for (const connectionId of this.lostRunsSeen.keys())
      if (!underWay.has(connectionId)) this.lostRunsSeen.delete(connectionId);
    for (const connection of connections) {
      try {
        if (await this.resumeIfLost(connection)) resumed += 1;
      } catch (error) {
        this.logger.warn(
          `Could not check the sync run of ${connection.id}: ${getErrorMessage(error)}`,
        );
      }
    }

    return resumed;
  }

  // The run is named by the job that resumes it, in one conditional write: of two servers, one
  // takes it up, and a run that wrote meanwhile is alive and left alone (the job queued for it
  // then finds the run ended, or waits for its lock).
  private async resumeIfLost(connection: WhopConnection): Promise<boolean> {
    const { jobId, runId } = connection.syncProgress ?? {};

    if (!isDefined(jobId) || !isDefined(runId) || !(await this.isLost(connection, jobId))) {
      this.lostRunsSeen.delete(connection.id);

      return false;
    }
    const seen = this.lostRunsSeen.get(connection.id);

    if (seen?.jobId !== jobId) {
      this.lostRunsSeen.set(connection.id, { jobId, since: Date.now() });

      return false;
    }
    if (Date.now() - seen.since < LOST_RUN_CONFIRMATION_MS) return false;
    this.lostRunsSeen.delete(connection.id);
    const resumingJobId = await this.scheduler.enqueueResume(connection, runId);

    if (!(await this.syncStatusService.markLostRunAsResumed(connection, jobId, resumingJobId)))
      return false;
    this.logger.warn(
      `Sync of connection ${connection.id} lost its job ${jobId} with the queue: job ${resumingJobId} resumes it`,
    );

    return true;
  }

  private async isLost(connection: WhopConnection, jobId: string): Promise<boolean> {
    return (
      !(await this.syncLockService.isLocked(connection.id)) &&
      (await this.scheduler.getSyncJobStatus(jobId)) === 'missing' &&
      (await this.syncStatusService.isRunQuiet(connection, jobId))
    );
  }
}
