import { type Repository } from 'typeorm';

import { type EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import { type EnvironmentVariables } from 'src/engine/core-modules/environment/environment-variables';
import { type MessageQueueService } from 'src/engine/core-modules/message-queue/services/message-queue.service';
import { type WhopConnection } from 'src/modules/whop/entities/whop-connection.entity';
import { WhopSyncSchedulerService } from 'src/modules/whop/services/whop-sync-scheduler.service';

const CONNECTION = {
  id: '6f1c2a9e-0b1d-4c3e-9f2a-7d8e5b4c3a21',
  workspaceId: 'workspace-1',
} as WhopConnection;

const buildScheduler = (
  variables: Pick<EnvironmentVariables, 'WHOP_SYNC_ENABLED' | 'WHOP_SYNC_INTERVAL_MINUTES'>,
  stored: { listed?: WhopConnection[]; reread?: (WhopConnection | null)[] } = {},
) => {
  const queue = {
    add: jest.fn().mockResolvedValue(undefined),
    addCron: jest.fn().mockResolvedValue(undefined),
    removeCron: jest.fn().mockResolvedValue(undefined),
    listCronJobIds: jest.fn().mockResolvedValue([]),
    hasDeduplicatedJob: jest.fn().mockResolvedValue(false),
  };
  const repository = {
    findBy: jest.fn().mockResolvedValue(stored.listed ?? []),
    findOneBy: jest.fn(),
  };

  for (const connection of stored.reread ?? [])
    repository.findOneBy.mockResolvedValueOnce(connection);
  const environmentService = {
    get: (key: keyof typeof variables) => variables[key],
  } as unknown as EnvironmentService;
  const scheduler = new WhopSyncSchedulerService(
    queue as unknown as MessageQueueService,
    environmentService,
    repository as unknown as Repository<WhopConnection>,
  );

  return { scheduler, queue, repository };
};

const HOURLY = { WHOP_SYNC_ENABLED: true, WHOP_SYNC_INTERVAL_MINUTES: 60 };
const IDLE = {
  ...CONNECTION,
  status: 'active',
  syncStage: 'INCREMENTAL_PENDING',
  createdAt: new Date('2026-11-01T10:00:00Z'),
  syncStageStartedAt: null,
} as WhopConnection;
const WAITING_FOR_FULL_SYNC = {
  ...IDLE,
  syncStage: 'FULL_SYNC_PENDING',
  syncStageStartedAt: new Date(Date.now() - 10 * 60_000),
} as WhopConnection;
const REVOKED = { ...IDLE, status: 'revoked', syncStage: 'FAILED' } as WhopConnection;

describe('WhopSyncSchedulerService', () => {
  it("schedules a connection's reconcile at the interval, at the connection's own minute", async () => {
    const { scheduler, queue } = buildScheduler({
      WHOP_SYNC_ENABLED: true,
      WHOP_SYNC_INTERVAL_MINUTES: 60,
    });

    await scheduler.scheduleReconcile(CONNECTION);

    expect(scheduler.getSyncIntervalMinutes()).toBe(60);
    expect(queue.addCron).toHaveBeenCalledWith(
      expect.objectContaining({
        jobId: CONNECTION.id,
        options: { repeat: { pattern: '54 * * * *' }, retryLimit: 3 },
      }),
    );
  });

  it('stops the start of a server configured with an interval no cron pattern runs evenly', () => {
    expect(() =>
      buildScheduler({ WHOP_SYNC_ENABLED: true, WHOP_SYNC_INTERVAL_MINUTES: 45 }),
    ).toThrow(/WHOP_SYNC_INTERVAL_MINUTES must divide an hour .* got 45/);
  });

  it('schedules nothing and states no interval when the scheduled reconcile is turned off', async () => {
    const { scheduler, queue } = buildScheduler({
      WHOP_SYNC_ENABLED: false,
      WHOP_SYNC_INTERVAL_MINUTES: 45,
    });

    await scheduler.scheduleReconcile(CONNECTION);

    expect(scheduler.getSyncIntervalMinutes()).toBeNull();
    expect(queue.addCron).not.toHaveBeenCalled();
  });

  it('gives each one-off sync job an id never used before, as BullMQ numbers jobs from 1 again once Redis lost its keys', async () => {
    const { scheduler, queue } = buildScheduler(HOURLY);

    await scheduler.enqueueFullSync(CONNECTION);
    await scheduler.enqueueFullSync(CONNECTION);
    await scheduler.enqueueIncrementalSync(CONNECTION);
    const options = queue.add.mock.calls.map(([, , jobOptions]) => jobOptions);
    const ids = options.map(({ id }) => id);

    expect(new Set(ids).size).toBe(3);
    expect(ids.filter((id) => typeof id !== 'string' || /^\d+$/.test(id))).toEqual([]);
    // Still one job at a time per connection and type.
    expect(options.map(({ deduplicationId }) => deduplicationId)).toEqual([
      `whop-full-sync-${CONNECTION.id}`,
      `whop-full-sync-${CONNECTION.id}`,
      `whop-incremental-sync-${CONNECTION.id}`,
    ]);
  });

  it('resumes a run whose job was lost with a job of its type, a full sync naming its run, and answers the job the queue holds', async () => {
    const { scheduler, queue } = buildScheduler(HOURLY);

    queue.add.mockResolvedValueOnce('job-full').mockResolvedValueOnce('job-changes');
    expect(
      await scheduler.enqueueResume(
        { ...CONNECTION, syncStage: 'FULL_SYNC_ONGOING' } as WhopConnection,
        'run-1',
      ),
    ).toBe('job-full');
    expect(
      await scheduler.enqueueResume(
        { ...CONNECTION, syncStage: 'INCREMENTAL_ONGOING' } as WhopConnection,
        'run-2',
      ),
    ).toBe('job-changes');
    expect(queue.add.mock.calls.map(([name, data]) => [name, data])).toEqual([
      [
        'WhopFullSyncJob',
        { workspaceId: CONNECTION.workspaceId, connectionId: CONNECTION.id, resumeRunId: 'run-1' },
      ],
      [
        'WhopIncrementalSyncJob',
        { workspaceId: CONNECTION.workspaceId, connectionId: CONNECTION.id },
      ],
    ]);
  });

  describe('restoreScheduledJobs (after the queue lost its jobs)', () => {
    it("puts back an active connection's reconcile and the full sync it still waits for", async () => {
      const { scheduler, queue, repository } = buildScheduler(HOURLY, {
        listed: [WAITING_FOR_FULL_SYNC],
        reread: [WAITING_FOR_FULL_SYNC, WAITING_FOR_FULL_SYNC],
      });

      expect(await scheduler.restoreScheduledJobs()).toBe(2);
      // The queue is read before the stage, and the connection read again after the reconcile is
      // added.
      const [stageRead, statusRead] = repository.findOneBy.mock.invocationCallOrder;

      expect(queue.hasDeduplicatedJob.mock.invocationCallOrder[0]).toBeLessThan(stageRead);
      expect(queue.addCron.mock.invocationCallOrder[0]).toBeLessThan(statusRead);
      expect(queue.hasDeduplicatedJob).toHaveBeenCalledWith(`whop-full-sync-${CONNECTION.id}`);
      expect(queue.add).toHaveBeenCalledWith(
        'WhopFullSyncJob',
        { workspaceId: CONNECTION.workspaceId, connectionId: CONNECTION.id },
        expect.objectContaining({ deduplicationId: `whop-full-sync-${CONNECTION.id}` }),
      );
      expect(queue.addCron).toHaveBeenCalledWith(expect.objectContaining({ jobId: CONNECTION.id }));
      expect(queue.removeCron).not.toHaveBeenCalled();
    });

    it('adds nothing the queue still has', async () => {
      const { scheduler, queue } = buildScheduler(HOURLY, { listed: [WAITING_FOR_FULL_SYNC] });

      queue.listCronJobIds.mockResolvedValue([CONNECTION.id]);
      queue.hasDeduplicatedJob.mockResolvedValue(true);

      expect(await scheduler.restoreScheduledJobs()).toBe(0);
      expect(queue.add).not.toHaveBeenCalled();
      expect(queue.addCron).not.toHaveBeenCalled();
    });

    it('leaves a full sync queued a moment ago to Connect, which may still be queueing it', async () => {
      const justQueued = { ...WAITING_FOR_FULL_SYNC, syncStageStartedAt: new Date() };
      const { scheduler, queue } = buildScheduler(HOURLY, {
        listed: [justQueued],
        reread: [justQueued],
      });

      queue.listCronJobIds.mockResolvedValue([CONNECTION.id]);

      expect(await scheduler.restoreScheduledJobs()).toBe(0);
      expect(queue.add).not.toHaveBeenCalled();
    });

    it('queues no full sync whose job started once the queue was read (the stage moved on)', async () => {
      const { scheduler, queue } = buildScheduler(HOURLY, {
        listed: [WAITING_FOR_FULL_SYNC],
        reread: [{ ...IDLE, syncStage: 'FULL_SYNC_ONGOING' } as WhopConnection],
      });

      queue.listCronJobIds.mockResolvedValue([CONNECTION.id]);

      expect(await scheduler.restoreScheduledJobs()).toBe(0);
      expect(queue.add).not.toHaveBeenCalled();
    });

    it('removes the reconcile it put back when the connection was disconnected meanwhile', async () => {
      const { scheduler, queue } = buildScheduler(HOURLY, { listed: [IDLE], reread: [REVOKED] });

      expect(await scheduler.restoreScheduledJobs()).toBe(0);
      expect(queue.addCron).toHaveBeenCalledTimes(1);
      expect(queue.removeCron).toHaveBeenCalledWith({
        jobName: 'WhopIncrementalSyncJob',
        jobId: CONNECTION.id,
      });
    });

    it('removes the reconcile of a connection disconnected or deleted, and no other', async () => {
      const { scheduler, queue } = buildScheduler(HOURLY, { listed: [IDLE] });

      queue.listCronJobIds.mockResolvedValue([CONNECTION.id, 'disconnected-connection']);

      expect(await scheduler.restoreScheduledJobs()).toBe(0);
      expect(queue.removeCron).toHaveBeenCalledTimes(1);
      expect(queue.removeCron).toHaveBeenCalledWith({
        jobName: 'WhopIncrementalSyncJob',
        jobId: 'disconnected-connection',
      });
    });

    it('puts back no reconcile when the scheduled reconcile is turned off, and removes those left from before', async () => {
      const { scheduler, queue } = buildScheduler(
        { WHOP_SYNC_ENABLED: false, WHOP_SYNC_INTERVAL_MINUTES: 60 },
        { listed: [IDLE] },
      );

      queue.listCronJobIds.mockResolvedValue([CONNECTION.id]);

      expect(await scheduler.restoreScheduledJobs()).toBe(0);
      expect(queue.addCron).not.toHaveBeenCalled();
      expect(queue.removeCron).toHaveBeenCalledWith({
        jobName: 'WhopIncrementalSyncJob',
        jobId: CONNECTION.id,
      });
    });
  });

  it('schedules at server start the reconcile of each connection still active once it is added', async () => {
    const { scheduler, queue } = buildScheduler(HOURLY, {
      listed: [IDLE, IDLE],
      reread: [IDLE, REVOKED],
    });

    expect(await scheduler.scheduleAllActiveReconciles()).toBe(1);
    expect(queue.addCron).toHaveBeenCalledTimes(2);
    expect(queue.removeCron).toHaveBeenCalledTimes(1);
  });
});
