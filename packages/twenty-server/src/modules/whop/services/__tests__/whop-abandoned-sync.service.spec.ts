import { In, type Repository } from 'typeorm';

import { type QueueJobStatus } from 'src/engine/core-modules/message-queue/services/message-queue.service';
import { type WhopConnection } from 'src/modules/whop/entities/whop-connection.entity';
import {
  ABANDONED_SYNC_MESSAGE,
  LOST_RUN_CONFIRMATION_MS,
  LOST_RUN_MESSAGE,
  WhopAbandonedSyncService,
} from 'src/modules/whop/services/whop-abandoned-sync.service';
import { type WhopConnectionSyncStatusService } from 'src/modules/whop/services/whop-connection-sync-status.service';
import { type WhopSyncLockService } from 'src/modules/whop/services/whop-sync-lock.service';
import { type WhopSyncLogService } from 'src/modules/whop/services/whop-sync-log.service';
import { type WhopSyncSchedulerService } from 'src/modules/whop/services/whop-sync-scheduler.service';

const FULL_SYNC_UNDER_WAY = {
  id: 'connection-1',
  workspaceId: 'workspace-1',
  status: 'active',
  syncStatus: 'ONGOING',
  syncStage: 'FULL_SYNC_ONGOING',
  lastSyncError: null,
  syncProgress: { runId: 'run-1', jobId: 'job-1' },
} as WhopConnection;
const SYNC_OF_CHANGES_UNDER_WAY = {
  ...FULL_SYNC_UNDER_WAY,
  id: 'connection-2',
  syncStage: 'INCREMENTAL_ONGOING',
  syncProgress: { runId: 'run-2', jobId: 'job-2' },
} as WhopConnection;

type Situation = {
  jobStatus: QueueJobStatus;
  locked?: boolean;
  // Wrote nothing within the sync lock's lifetime.
  quiet?: boolean;
  underWay?: WhopConnection[];
};

const build = ({ jobStatus, locked = false, quiet = true, underWay = [] }: Situation) => {
  const repository = { findBy: jest.fn().mockResolvedValue(underWay) };
  const lock = { isLocked: jest.fn().mockResolvedValue(locked) };
  const scheduler = {
    getSyncJobStatus: jest.fn().mockResolvedValue(jobStatus),
    enqueueResume: jest.fn().mockResolvedValue('resuming-job'),
    enqueueFullSync: jest.fn().mockResolvedValue('full-job'),
    enqueueIncrementalSync: jest.fn().mockResolvedValue('changes-job'),
  };
  const queuedNothing = () => {
    expect(scheduler.enqueueResume).not.toHaveBeenCalled();
    expect(scheduler.enqueueFullSync).not.toHaveBeenCalled();
    expect(scheduler.enqueueIncrementalSync).not.toHaveBeenCalled();
  };
  const syncStatus = {
    isRunQuiet: jest.fn().mockResolvedValue(quiet),
    markAbandonedRunAsFailed: jest.fn().mockResolvedValue(quiet),
    markLostRunAsResumed: jest.fn().mockResolvedValue(true),
  };
  const syncLog = { failOpenRun: jest.fn().mockResolvedValue(undefined) };
  const service = new WhopAbandonedSyncService(
    repository as unknown as Repository<WhopConnection>,
    lock as unknown as WhopSyncLockService,
    scheduler as unknown as WhopSyncSchedulerService,
    syncStatus as unknown as WhopConnectionSyncStatusService,
    syncLog as unknown as WhopSyncLogService,
  );

  return { service, repository, lock, scheduler, syncStatus, syncLog, queuedNothing };
};

const FAILED = {
  syncStatus: 'FAILED_UNKNOWN',
  syncStage: 'FAILED',
  lastSyncError: ABANDONED_SYNC_MESSAGE,
};

describe('WhopAbandonedSyncService', () => {
  describe('reading a connection', () => {
    it('ends a run its job gave up on as failed, its log included', async () => {
      const { service, syncStatus, syncLog } = build({ jobStatus: 'ended' });

      expect(await service.endIfAbandoned(FULL_SYNC_UNDER_WAY)).toMatchObject(FAILED);
      expect(syncStatus.markAbandonedRunAsFailed).toHaveBeenCalledWith(
        FULL_SYNC_UNDER_WAY,
        'job-1',
        ABANDONED_SYNC_MESSAGE,
      );
      expect(syncLog.failOpenRun).toHaveBeenCalledWith('run-1', ABANDONED_SYNC_MESSAGE);
    });

    it('leaves a run whose job the queue lost to the keeper, writing nothing and saying why it stands still', async () => {
      const { service, syncStatus, queuedNothing } = build({ jobStatus: 'missing' });

      expect(await service.endIfAbandoned(FULL_SYNC_UNDER_WAY)).toEqual({
        ...FULL_SYNC_UNDER_WAY,
        lastSyncError: LOST_RUN_MESSAGE,
      });
      queuedNothing();
      expect(syncStatus.markAbandonedRunAsFailed).not.toHaveBeenCalled();
      expect(syncStatus.markLostRunAsResumed).not.toHaveBeenCalled();
    });

    it('ends a lost run it cannot name (a run from before runs had ids), which nothing resumes', async () => {
      const { service } = build({ jobStatus: 'missing' });
      const noRunId = {
        ...FULL_SYNC_UNDER_WAY,
        syncProgress: { runId: null, jobId: 'job-1' },
      } as WhopConnection;

      expect(await service.endIfAbandoned(noRunId)).toMatchObject(FAILED);
    });

    it('ends a lost run of a connection Whop no longer accepts, which nothing resumes', async () => {
      const { service } = build({ jobStatus: 'missing' });
      const needsReauth = { ...FULL_SYNC_UNDER_WAY, status: 'needs_reauth' } as WhopConnection;

      expect(await service.endIfAbandoned(needsReauth)).toMatchObject(FAILED);
    });

    it.each<[string, Situation]>([
      ['its job is still coming', { jobStatus: 'pending' }],
      ['a sync holds its lock', { jobStatus: 'ended', locked: true }],
      ['it wrote a moment ago', { jobStatus: 'ended', quiet: false }],
      ['it wrote a moment ago, its job lost', { jobStatus: 'missing', quiet: false }],
    ])('leaves a run alone while %s', async (_, situation) => {
      const { service, syncLog } = build(situation);

      expect(await service.endIfAbandoned(FULL_SYNC_UNDER_WAY)).toBe(FULL_SYNC_UNDER_WAY);
      expect(syncLog.failOpenRun).not.toHaveBeenCalled();
    });

    it('leaves a connection with no run under way alone, without asking the queue', async () => {
      const { service, scheduler } = build({ jobStatus: 'ended' });
      const idle = { ...FULL_SYNC_UNDER_WAY, syncStage: 'INCREMENTAL_PENDING' } as WhopConnection;

      expect(await service.endIfAbandoned(idle)).toBe(idle);
      expect(scheduler.getSyncJobStatus).not.toHaveBeenCalled();
    });
  });

  describe("the keeper's check", () => {
    let now: number;

    beforeEach(() => {
      now = Date.parse('2026-12-06T10:00:00Z');
      jest.spyOn(Date, 'now').mockImplementation(() => now);
    });

    afterEach(() => jest.restoreAllMocks());

    it('resumes the lost runs of active connections once seen lost twice, long enough apart', async () => {
      const { service, repository, scheduler, syncStatus } = build({
        jobStatus: 'missing',
        underWay: [FULL_SYNC_UNDER_WAY, SYNC_OF_CHANGES_UNDER_WAY],
      });

      expect(await service.restoreScheduledJobs()).toBe(0);
      now += LOST_RUN_CONFIRMATION_MS - 1;
      expect(await service.restoreScheduledJobs()).toBe(0);
      expect(scheduler.enqueueResume).not.toHaveBeenCalled();
      now += 1;
      expect(await service.restoreScheduledJobs()).toBe(2);
      expect(repository.findBy).toHaveBeenCalledWith({
        status: 'active',
        syncStage: In(['FULL_SYNC_ONGOING', 'INCREMENTAL_ONGOING']),
      });
      expect(scheduler.enqueueResume.mock.calls).toEqual([
        [FULL_SYNC_UNDER_WAY, 'run-1'],
        [SYNC_OF_CHANGES_UNDER_WAY, 'run-2'],
      ]);
      expect(syncStatus.markLostRunAsResumed.mock.calls).toEqual([
        [FULL_SYNC_UNDER_WAY, 'job-1', 'resuming-job'],
        [SYNC_OF_CHANGES_UNDER_WAY, 'job-2', 'resuming-job'],
      ]);
    });

    it('counts no run another server resumed first, or that wrote meanwhile', async () => {
      const { service, scheduler, syncStatus } = build({
        jobStatus: 'missing',
        underWay: [FULL_SYNC_UNDER_WAY],
      });

      syncStatus.markLostRunAsResumed.mockResolvedValue(false);
      await service.restoreScheduledJobs();
      now += LOST_RUN_CONFIRMATION_MS;
      expect(await service.restoreScheduledJobs()).toBe(0);
      expect(scheduler.enqueueResume).toHaveBeenCalledTimes(1);
    });

    it('starts over when a check finds the run carried on (its lock taken back)', async () => {
      const { service, lock, scheduler } = build({
        jobStatus: 'missing',
        underWay: [FULL_SYNC_UNDER_WAY],
      });

      await service.restoreScheduledJobs();
      now += LOST_RUN_CONFIRMATION_MS;
      lock.isLocked.mockResolvedValueOnce(true);
      await service.restoreScheduledJobs();
      // Lost again: seen so from now on.
      now += 1;
      expect(await service.restoreScheduledJobs()).toBe(0);
      now += LOST_RUN_CONFIRMATION_MS - 1;
      expect(await service.restoreScheduledJobs()).toBe(0);
      now += 1;
      expect(await service.restoreScheduledJobs()).toBe(1);
      expect(scheduler.enqueueResume).toHaveBeenCalledTimes(1);
    });

    it.each<[string, Situation]>([
      ['its job is still coming', { jobStatus: 'pending' }],
      ['a sync holds its lock', { jobStatus: 'missing', locked: true }],
      ['it wrote a moment ago', { jobStatus: 'missing', quiet: false }],
    ])('queues nothing for a run while %s', async (_, situation) => {
      const { service, queuedNothing } = build({ ...situation, underWay: [FULL_SYNC_UNDER_WAY] });

      await service.restoreScheduledJobs();
      now += LOST_RUN_CONFIRMATION_MS;
      expect(await service.restoreScheduledJobs()).toBe(0);
      queuedNothing();
    });

    it('ends a run its job gave up on as failed, as a read does, and queues nothing', async () => {
      const { service, syncLog, queuedNothing } = build({
        jobStatus: 'ended',
        underWay: [FULL_SYNC_UNDER_WAY],
      });

      expect(await service.restoreScheduledJobs()).toBe(0);
      expect(syncLog.failOpenRun).toHaveBeenCalledWith('run-1', ABANDONED_SYNC_MESSAGE);
      queuedNothing();
    });

    it('ends a lost run it cannot name (a run from before runs had ids) as failed, and queues nothing', async () => {
      const noRunId = {
        ...FULL_SYNC_UNDER_WAY,
        syncProgress: { runId: null, jobId: 'job-1' },
      } as WhopConnection;
      const { service, syncStatus, queuedNothing } = build({
        jobStatus: 'missing',
        underWay: [noRunId],
      });

      expect(await service.restoreScheduledJobs()).toBe(0);
      expect(syncStatus.markAbandonedRunAsFailed).toHaveBeenCalledWith(
        noRunId,
        'job-1',
        ABANDONED_SYNC_MESSAGE,
      );
      queuedNothing();
    });

    it('starts over when the run names another job', async () => {
      const underWay = [FULL_SYNC_UNDER_WAY];
      const { service, repository, scheduler } = build({ jobStatus: 'missing', underWay });

      await service.restoreScheduledJobs();
      now += LOST_RUN_CONFIRMATION_MS;
      repository.findBy.mockResolvedValueOnce([
        { ...FULL_SYNC_UNDER_WAY, syncProgress: { runId: 'run-1', jobId: 'job-3' } },
      ]);
      expect(await service.restoreScheduledJobs()).toBe(0);
      now += LOST_RUN_CONFIRMATION_MS;
      expect(await service.restoreScheduledJobs()).toBe(0);
      now += LOST_RUN_CONFIRMATION_MS;
      expect(await service.restoreScheduledJobs()).toBe(1);
      expect(scheduler.enqueueResume).toHaveBeenCalledTimes(1);
    });

    it('starts over when its first sighting is stale (seen again only after the checks failed for a while)', async () => {
      const { service, scheduler } = build({
        jobStatus: 'missing',
        underWay: [FULL_SYNC_UNDER_WAY],
      });

      await service.restoreScheduledJobs();
      now += 10 * 60_000;
      expect(await service.restoreScheduledJobs()).toBe(0);
      now += LOST_RUN_CONFIRMATION_MS;
      expect(await service.restoreScheduledJobs()).toBe(1);
      expect(scheduler.enqueueResume).toHaveBeenCalledTimes(1);
    });

    it('checks the other runs when one cannot be checked', async () => {
      const { service, lock } = build({
        jobStatus: 'missing',
        underWay: [FULL_SYNC_UNDER_WAY, SYNC_OF_CHANGES_UNDER_WAY],
      });

      lock.isLocked.mockImplementation(async (connectionId: string) => {
        if (connectionId === FULL_SYNC_UNDER_WAY.id) throw new Error('Redis timed out');

        return false;
      });
      await service.restoreScheduledJobs();
      now += LOST_RUN_CONFIRMATION_MS;
      expect(await service.restoreScheduledJobs()).toBe(1);
    });

    it('forgets a sighting when a check fails, so that a run is seen lost twice in a row', async () => {
      const { service, lock } = build({ jobStatus: 'missing', underWay: [FULL_SYNC_UNDER_WAY] });

      await service.restoreScheduledJobs();
      now += LOST_RUN_CONFIRMATION_MS;
      lock.isLocked.mockRejectedValueOnce(new Error('Redis timed out'));
      expect(await service.restoreScheduledJobs()).toBe(0);
      now += 1;
      expect(await service.restoreScheduledJobs()).toBe(0);
      now += LOST_RUN_CONFIRMATION_MS;
      expect(await service.restoreScheduledJobs()).toBe(1);
    });
  });
});
