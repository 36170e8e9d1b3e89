import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isDefined, WHOP_ONGOING_SYNC_STAGES } from 'twenty-shared';
import { In, Repository } from 'typeorm';

import {
  SCHEDULED_JOBS_CHECK_INTERVAL_MS,
  type ScheduledJobsOwner,
} from 'src/engine/core-modules/message-queue/services/scheduled-jobs-keeper.service';
import { getErrorMessage } from 'src/engine/utils/get-error-message.util';
import { resolveWithin } from 'src/engine/utils/resolve-within.util';
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

// What the settings page says of such runs: what happened and what follows, in the seller's words
// (the server's log names the parts that went away).
export const ABANDONED_SYNC_MESSAGE =
  'The sync stopped without finishing, and this server could not record why (it restarted, or lost its database for a while). Start it again from this page.';
export const LOST_RUN_MESSAGE =
  'This server restarted during the sync. The sync resumes where it stopped within two minutes.';

// A run still going takes its lock back within one renewal of Redis forgetting it: a run seen
// without its job and its lock is resumed once it was seen so at two checks this far apart, and
// a first sighting older than a couple of checks (the checks failing meanwhile) starts over.
export const LOST_RUN_CONFIRMATION_MS = 2 * WHOP_SYNC_LOCK_RENEW_EVERY_MS;
const LOST_RUN_SIGHTING_LIFETIME_MS =
  LOST_RUN_CONFIRMATION_MS + 2 * SCHEDULED_JOBS_CHECK_INTERVAL_MS;

// What carries a run under way on, when the connection shows one: a sync or its job (waiting,
// delayed before a retry, or running), nothing any more (its job gave up, or the queue lost the job
// of a run nothing resumes: the run was just ended as failed), or nothing the queue still has for a
// run quiet since (its job lost: the keeper resumes the run).
type RunCarrier = 'carried' | 'failed' | 'lost';

// A run ends failed with its reason, or waits for its job's next attempt. Two things leave a run
// showing as running with no job to carry it on, Sync changes and Full resync disabled (a run no
// sync holds the lock of, that wrote nothing within the lock's lifetime):
// - its job gave up without recording anything (the database out of reach through its last
//   attempt, or a job that stalled over 10 times, which BullMQ fails without running it): the
//   next read of the connection, or the scheduled jobs keeper's next check, ends the run as failed;
// - the queue lost its job (a Redis that keeps nothing on disk restarted): the keeper queues a job
//   that resumes the run from its last checkpoint. A read leaves it to the keeper and says why the
//   run stands still meanwhile.
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

  // The connection as it is, as failed when its run was abandoned, or with the reason its run
  // stands still when the queue lost its job (until the keeper resumes it, its last rate and
  // estimate no longer hold). When Redis or the database is slow to answer, the connection is
  // shown as it is and the check ends by itself.
  async endIfAbandoned(connection: WhopConnection): Promise<WhopConnection> {
    const jobId = connection.syncProgress?.jobId;

    if (!WHOP_ONGOING_SYNC_STAGES.includes(connection.syncStage) || !isDefined(jobId))
      return connection;
    const checking = this.findRunCarrier(connection, jobId).catch((error: unknown) => {
      this.warnCheckFailed(connection.id, error);

      return 'carried' as const;
    });

    const carrier = await resolveWithin(checking, QUEUE_READ_TIMEOUT_MS, 'carried');

    if (carrier === 'lost') return { ...connection, lastSyncError: LOST_RUN_MESSAGE };

    return carrier === 'failed'
      ? {
          ...connection,
          syncStatus: 'FAILED_UNKNOWN',
          syncStage: 'FAILED',
          lastSyncError: ABANDONED_SYNC_MESSAGE,
        }
      : connection;
  }

  // The keeper's check of the runs under way of active connections: each one abandoned ends
  // failed, each one lost is resumed. Returns how many jobs it queued.
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
        this.lostRunsSeen.delete(connection.id);
        this.warnCheckFailed(connection.id, error);
      }
    }

    return resumed;
  }

  private warnCheckFailed(connectionId: string, error: unknown): void {
    this.logger.warn(`Could not check the sync run of ${connectionId}: ${getErrorMessage(error)}`);
  }

  // Read-only checks first: taking the sync lock here would make a job arriving meanwhile skip its
  // attempt, and abandon the run it was to resume. A job taking the run up between the checks and
  // the write is not ruled out; it then resumes the run, as failed for a moment.
  private async findRunCarrier(connection: WhopConnection, jobId: string): Promise<RunCarrier> {
    if (await this.syncLockService.isLocked(connection.id)) return 'carried';
    const jobStatus = await this.scheduler.getSyncJobStatus(jobId);

    if (jobStatus === 'pending') return 'carried';
    // Nothing resumes the run of a connection Whop no longer accepts, nor a run it cannot name (one
    // from before runs had ids).
    if (
      jobStatus === 'missing' &&
      connection.status === 'active' &&
      isDefined(connection.syncProgress?.runId)
    )
      return (await this.syncStatusService.isRunQuiet(connection, jobId)) ? 'lost' : 'carried';
    if (
      !(await this.syncStatusService.markAbandonedRunAsFailed(
        connection,
        jobId,
        ABANDONED_SYNC_MESSAGE,
      ))
    )
      return 'carried';
    this.logger.warn(`Sync of connection ${connection.id} was abandoned by job ${jobId}`);
    const runId = connection.syncProgress?.runId;

    if (isDefined(runId)) await this.syncLogService.failOpenRun(runId, ABANDONED_SYNC_MESSAGE);

    return 'failed';
  }

  // The resuming job is named in the run's progress by a conditional write: a run that wrote
  // meanwhile is alive and left alone (the job queued for it finds its lock taken, or its run
  // ended), and of two servers queueing the same job one logs and counts it.
  private async resumeIfLost(connection: WhopConnection): Promise<boolean> {
    const { jobId, runId } = connection.syncProgress ?? {};

    if (
      !isDefined(jobId) ||
      (await this.findRunCarrier(connection, jobId)) !== 'lost' ||
      !isDefined(runId)
    ) {
      this.lostRunsSeen.delete(connection.id);

      return false;
    }
    const seen = this.lostRunsSeen.get(connection.id);
    const now = Date.now();

    if (seen?.jobId !== jobId || now - seen.since > LOST_RUN_SIGHTING_LIFETIME_MS) {
      this.lostRunsSeen.set(connection.id, { jobId, since: now });

      return false;
    }
    if (now - seen.since < LOST_RUN_CONFIRMATION_MS) return false;
    this.lostRunsSeen.delete(connection.id);
    const resumingJobId = await this.scheduler.enqueueResume(connection, runId);

    if (!(await this.syncStatusService.markLostRunAsResumed(connection, jobId, resumingJobId)))
      return false;
    this.logger.warn(
      `Sync of connection ${connection.id} lost its job ${jobId} with the queue: job ${resumingJobId} resumes it`,
    );

    return true;
  }
}
