import { randomUUID } from 'node:crypto';

import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Not, Repository } from 'typeorm';

import { getErrorMessage } from 'src/engine/utils/get-error-message.util';
import { resolveWithin } from 'src/engine/utils/resolve-within.util';
import { EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import { InjectMessageQueue } from 'src/engine/core-modules/message-queue/decorators/inject-message-queue.decorator';
import { MessageQueue } from 'src/engine/core-modules/message-queue/message-queue.constants';
import {
  type MessageQueueService,
  type QueueJobStatus,
} from 'src/engine/core-modules/message-queue/services/message-queue.service';
import { type ScheduledJobsOwner } from 'src/engine/core-modules/message-queue/services/scheduled-jobs-keeper.service';
import { WhopConnection } from 'src/modules/whop/entities/whop-connection.entity';
import {
  type WhopFullSyncJobData,
  WhopFullSyncJob,
} from 'src/modules/whop/jobs/whop-full-sync.job';
import {
  type WhopIncrementalSyncJobData,
  WhopIncrementalSyncJob,
} from 'src/modules/whop/jobs/whop-incremental-sync.job';
import { buildWhopSyncCronPattern } from 'src/modules/whop/utils/build-whop-sync-cron-pattern.util';
import { getWhopFullSyncQueuedAt } from 'src/modules/whop/utils/get-whop-full-sync-queued-at.util';
import { getWhopSyncMinuteOffset } from 'src/modules/whop/utils/get-whop-sync-minute-offset.util';

// A full sync waits out about an hour of Whop or the database being out of reach; a sync of
// changes (asked for, or the scheduled reconcile) a few seconds.
const FULL_SYNC_RETRIES = 12;
const INCREMENTAL_SYNC_RETRIES = 3;
// How long a read for the settings page waits on Redis before it goes on without the answer.
export const QUEUE_READ_TIMEOUT_MS = 500;
// A full sync queued this recently may still be on its way to the queue: Connect stores the grant
// first and queues the sync once it has read the company and stored the connection.
const FULL_SYNC_QUEUEING_GRACE_MS = 2 * 60_000;

const getFullSyncDeduplicationId = (connectionId: string) => `whop-full-sync-${connectionId}`;

const SYNC_JOB_NAMES = [WhopFullSyncJob.name, WhopIncrementalSyncJob.name];

// Puts a connection's syncs on the queue: one-off full or incremental runs, and the repeatable
// reconcile (one job scheduler per connection, id = connection id, so registering twice is a no-op;
// each connection at its own minute of the hour, so that they do not all run at once).
@Injectable()
export class WhopSyncSchedulerService implements ScheduledJobsOwner {
  readonly scheduledJobsName = 'the Whop sync';
  private readonly logger = new Logger(WhopSyncSchedulerService.name);

  constructor(
    @InjectMessageQueue(MessageQueue.whopQueue) private readonly queue: MessageQueueService,
    private readonly environmentService: EnvironmentService,
    @InjectRepository(WhopConnection)
    private readonly connectionRepository: Repository<WhopConnection>,
  ) {
    const intervalMinutes = this.getSyncIntervalMinutes();

    // Checked when the server or worker starts: an interval no cron pattern runs evenly stops the
    // process with its reason instead of failing the first Connect.
    if (intervalMinutes !== null) buildWhopSyncCronPattern(intervalMinutes);
  }

  // One-off sync jobs get ids never used before: BullMQ numbers jobs from 1 again once Redis lost
  // its keys, and a run names the job carrying it (syncProgress.jobId) to tell whether that job
  // is still coming. Each returns the id of the job the queue holds (one already waiting or
  // running for the connection stands instead of a second).
  async enqueueFullSync(connection: WhopConnection, resumeRunId?: string): Promise<string> {
    const data: WhopFullSyncJobData = {
      workspaceId: connection.workspaceId,
      connectionId: connection.id,
      ...(resumeRunId && { resumeRunId }),
    };

    return this.queue.add(WhopFullSyncJob.name, data, {
      id: randomUUID(),
      deduplicationId: getFullSyncDeduplicationId(connection.id),
      retryLimit: FULL_SYNC_RETRIES,
    });
  }

  async enqueueIncrementalSync(connection: WhopConnection): Promise<string> {
    const data: WhopIncrementalSyncJobData = {
      workspaceId: connection.workspaceId,
      connectionId: connection.id,
    };

    return this.queue.add(WhopIncrementalSyncJob.name, data, {
      id: randomUUID(),
      deduplicationId: `whop-incremental-sync-${connection.id}`,
      retryLimit: INCREMENTAL_SYNC_RETRIES,
    });
  }

  // A job to resume the connection's run under way, whose own job the queue lost. A full sync's
  // names its run, so that it does not start the full sync again if the run ended meanwhile; a
  // sync of changes resumes the run under way, or reads the changes again (it is cheap).
  enqueueResume(connection: WhopConnection, runId: string): Promise<string> {
    return connection.syncStage === 'FULL_SYNC_ONGOING'
      ? this.enqueueFullSync(connection, runId)
      : this.enqueueIncrementalSync(connection);
  }

  async scheduleReconcile(connection: WhopConnection): Promise<void> {
    const intervalMinutes = this.getSyncIntervalMinutes();

    if (intervalMinutes === null) return;
    const data: WhopIncrementalSyncJobData = {
      workspaceId: connection.workspaceId,
      connectionId: connection.id,
    };

    await this.queue.addCron({
      jobName: WhopIncrementalSyncJob.name,
      data,
      options: {
        repeat: {
          pattern: buildWhopSyncCronPattern(
            intervalMinutes,
            getWhopSyncMinuteOffset(connection.id),
          ),
        },
        retryLimit: INCREMENTAL_SYNC_RETRIES,
      },
      jobId: connection.id,
    });
  }

  // How often the reconcile runs (WHOP_SYNC_INTERVAL_MINUTES); null when this server schedules no
  // reconcile (WHOP_SYNC_ENABLED=false).
  getSyncIntervalMinutes(): number | null {
    return this.environmentService.get('WHOP_SYNC_ENABLED')
      ? this.environmentService.get('WHOP_SYNC_INTERVAL_MINUTES')
      : null;
  }

  // At server start: every active connection gets its reconcile, with the current interval.
  async scheduleAllActiveReconciles(): Promise<number> {
    const connections = await this.connectionRepository.findBy({ status: 'active' });
    let scheduled = 0;

    for (const connection of connections)
      if (await this.scheduleReconcileWhileActive(connection)) scheduled += 1;

    return scheduled;
  }

  // After the queue lost its jobs (a Redis that keeps nothing on disk restarted): each active
  // connection gets its reconcile back, and one still waiting for its full sync gets that job back.
  // A reconcile left for a connection disconnected or deleted (a server stopped in the middle of
  // Disconnect), or for any connection once the scheduled reconcile is turned off, is removed. The queue is read first: a reconcile it lists was added after its
  // connection was stored.
  async restoreScheduledJobs(): Promise<number> {
    const scheduledIds = new Set(await this.listReconcileConnectionIds());
    const connections = await this.connectionRepository.findBy({ status: Not('revoked') });
    const schedulesReconciles = this.getSyncIntervalMinutes() !== null;

    await this.removeReconciles(
      scheduledIds,
      schedulesReconciles ? connections : [],
      schedulesReconciles ? 'is disconnected' : 'the scheduled reconcile is turned off',
    );
    let restored = 0;

    for (const connection of connections) {
      if (connection.status !== 'active') continue;
      if (connection.syncStage === 'FULL_SYNC_PENDING' && (await this.restoreFullSync(connection)))
        restored += 1;
      if (
        schedulesReconciles &&
        !scheduledIds.has(connection.id) &&
        (await this.scheduleReconcileWhileActive(connection))
      )
        restored += 1;
    }

    return restored;
  }

  // The reconciles of every connection but `kept`: one disconnected, or all of them once this
  // server schedules none (WHOP_SYNC_ENABLED=false), which Redis would otherwise keep running.
  private async removeReconciles(
    scheduledIds: Set<string>,
    kept: WhopConnection[],
    reason: string,
  ): Promise<void> {
    const keptIds = new Set(kept.map((connection) => connection.id));

    for (const connectionId of scheduledIds) {
      if (keptIds.has(connectionId)) continue;
      await this.unscheduleReconcile(connectionId);
      this.logger.warn(`Removed the reconcile of ${connectionId}: ${reason}`);
    }
  }

  // The queue is read before the stage: a connection still waiting once no job of its full sync is
  // queued or running has none coming (a job that started its run has moved the stage on; one
  // waiting for the lock is delayed, still queued). Its job was lost, or gave up before it could
  // start the run (the database out of reach through every attempt): either way the sync is
  // queued again.
  private async restoreFullSync(connection: WhopConnection): Promise<boolean> {
    if (await this.queue.hasDeduplicatedJob(getFullSyncDeduplicationId(connection.id)))
      return false;
    const current = await this.connectionRepository.findOneBy({ id: connection.id });

    if (current?.status !== 'active') return false;
    const queuedAt = getWhopFullSyncQueuedAt(current);

    if (queuedAt === null || Date.now() - queuedAt.getTime() < FULL_SYNC_QUEUEING_GRACE_MS)
      return false;
    await this.enqueueFullSync(current);

    return true;
  }

  // Disconnect unschedules once more after it marks the connection revoked, and this reads the
  // connection again after adding the reconcile: a reconcile added while the connection is
  // disconnected is removed by one or the other.
  private async scheduleReconcileWhileActive(connection: WhopConnection): Promise<boolean> {
    await this.scheduleReconcile(connection);
    const current = await this.connectionRepository.findOneBy({ id: connection.id });

    if (current?.status === 'active') return true;
    await this.unscheduleReconcile(connection.id);

    return false;
  }

  async countReconcileSchedules(connectionId: string): Promise<number> {
    return (await this.listReconcileConnectionIds()).filter((id) => id === connectionId).length;
  }

  // The connections whose reconcile the queue has.
  private listReconcileConnectionIds(): Promise<string[]> {
    return this.queue.listCronJobIds(WhopIncrementalSyncJob.name);
  }

  // When the queue runs the connection's reconcile next. Read for the settings page: if Redis does
  // not answer within a moment, the page goes on without it (null) rather than wait for Redis.
  async getNextReconcileAt(connectionId: string): Promise<Date | null> {
    try {
      return await resolveWithin(
        this.queue.getCronNextRunAt({ jobName: WhopIncrementalSyncJob.name, jobId: connectionId }),
        QUEUE_READ_TIMEOUT_MS,
        null,
      );
    } catch (error) {
      this.logger.warn(`Next reconcile of ${connectionId} unknown: ${getErrorMessage(error)}`);

      return null;
    }
  }

  async isReconcileScheduled(connectionId: string): Promise<boolean> {
    return (await this.countReconcileSchedules(connectionId)) > 0;
  }

  // Whether a sync job is still to run, waiting to retry or running; ended; or missing from the
  // queue.
  getSyncJobStatus(jobId: string): Promise<QueueJobStatus> {
    return this.queue.getJobStatus(jobId);
  }

  // Stops everything queued for the connection; a run in progress sees the connection revoked.
  // Its syncs only: a job revoking a grant it gave up (WhopRevokeGrantsJob) stays.
  async unschedule(connectionId: string): Promise<void> {
    await this.unscheduleReconcile(connectionId);
    await this.removePendingSyncJobs(connectionId);
  }

  // The connection's sync jobs waiting to start or to retry (a running one finishes: its run sees
  // the connection changed under it). A reconnect drops them before it queues its full sync, which
  // the queue would otherwise take for a duplicate of one waiting out its backoff.
  async removePendingSyncJobs(connectionId: string): Promise<void> {
    await this.queue.removePendingJobs(
      ({ name, data }) =>
        SYNC_JOB_NAMES.includes(name) &&
        (data as { connectionId?: string } | null)?.connectionId === connectionId,
    );
  }

  private async unscheduleReconcile(connectionId: string): Promise<void> {
    await this.queue.removeCron({ jobName: WhopIncrementalSyncJob.name, jobId: connectionId });
  }
}
