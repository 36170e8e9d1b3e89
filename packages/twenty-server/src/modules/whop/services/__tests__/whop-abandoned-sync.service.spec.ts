import { In, type Repository } from 'typeorm';

import { type QueueJobStatus } from 'src/engine/core-modules/message-queue/services/message-queue.service';
import { type WhopConnection } from 'src/modules/whop/entities/whop-connection.entity';
import {
  ABANDONED_SYNC_MESSAGE,
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
  syncStage: 'INCREMENTAL_ONGOING',
} as WhopConnection;

type Situation = {
  jobStatus: QueueJobStatus;
  locked?: boolean;
  // Wrote nothing within the sync lock's lifetime.
  quiet?: boolean;
  ongoing?: WhopConnection[];
};

const build = ({ jobStatus, locked = false, quiet = true, ongoing = [] }: Situation) => {
  const repository = { findBy: jest.fn().mockResolvedValue(ongoing) };
  const lock = { isLocked: jest.fn().mockResolvedValue(locked) };
  const scheduler = {
    getSyncJobStatus: jest.fn().mockResolvedValue(jobStatus),
    enqueueFullSync: jest.fn().mockResolvedValue(undefined),
    enqueueIncrementalSync: jest.fn().mockResolvedValue(undefined),
  };
  const syncStatus = {
    isRunQuiet: jest.fn().mockResolvedValue(quiet),
    markAbandonedRunAsFailed: jest.fn().mockResolvedValue(quiet),
  };
  const syncLog = { failAbandonedRun: jest.fn().mockResolvedValue(undefined) };
  const service = new WhopAbandonedSyncService(
    repository as unknown as Repository<WhopConnection>,
    lock as unknown as WhopSyncLockService,
    scheduler as unknown as WhopSyncSchedulerService,
    syncStatus as unknown as WhopConnectionSyncStatusService,
    syncLog as unknown as WhopSyncLogService,
  );

  return { service, repository, scheduler, syncStatus, syncLog };
};

const FAILED = {
  syncStatus: 'FAILED_UNKNOWN',
  syncStage: 'FAILED',
  lastSyncError: ABANDONED_SYNC_MESSAGE,
};

describe('WhopAbandonedSyncService', () => {
  it('queues a run whose job the queue lost again, of its own type, and shows it running', async () => {
    const full = build({ jobStatus: 'missing' });

    expect(await full.service.endIfAbandoned(FULL_SYNC_UNDER_WAY)).toBe(FULL_SYNC_UNDER_WAY);
    expect(full.scheduler.enqueueFullSync).toHaveBeenCalledWith(FULL_SYNC_UNDER_WAY);
    expect(full.syncStatus.markAbandonedRunAsFailed).not.toHaveBeenCalled();
    expect(full.syncLog.failAbandonedRun).not.toHaveBeenCalled();

    const changes = build({ jobStatus: 'missing' });

    expect(await changes.service.endIfAbandoned(SYNC_OF_CHANGES_UNDER_WAY)).toBe(
      SYNC_OF_CHANGES_UNDER_WAY,
    );
    expect(changes.scheduler.enqueueIncrementalSync).toHaveBeenCalledWith(
      SYNC_OF_CHANGES_UNDER_WAY,
    );
    expect(changes.scheduler.enqueueFullSync).not.toHaveBeenCalled();
  });

  it('ends a run its job gave up on as failed, its log included', async () => {
    const { service, scheduler, syncStatus, syncLog } = build({ jobStatus: 'ended' });

    expect(await service.endIfAbandoned(FULL_SYNC_UNDER_WAY)).toMatchObject(FAILED);
    expect(syncStatus.markAbandonedRunAsFailed).toHaveBeenCalledWith(
      FULL_SYNC_UNDER_WAY,
      'job-1',
      ABANDONED_SYNC_MESSAGE,
    );
    expect(syncLog.failAbandonedRun).toHaveBeenCalledWith('run-1', ABANDONED_SYNC_MESSAGE);
    expect(scheduler.enqueueFullSync).not.toHaveBeenCalled();
  });

  it('ends a lost run of a connection Whop no longer accepts instead of queueing it', async () => {
    const { service, scheduler } = build({ jobStatus: 'missing' });
    const needsReauth = { ...FULL_SYNC_UNDER_WAY, status: 'needs_reauth' } as WhopConnection;

    expect(await service.endIfAbandoned(needsReauth)).toMatchObject(FAILED);
    expect(scheduler.enqueueFullSync).not.toHaveBeenCalled();
  });

  it.each<[string, Situation]>([
    ['its job is still coming', { jobStatus: 'pending' }],
    ['a sync holds its lock', { jobStatus: 'missing', locked: true }],
    ['it wrote a moment ago (Redis restarted under it)', { jobStatus: 'missing', quiet: false }],
    ['it wrote a moment ago, its job ended', { jobStatus: 'ended', quiet: false }],
  ])('leaves a run alone while %s', async (_, situation) => {
    const { service, scheduler, syncLog } = build(situation);

    expect(await service.endIfAbandoned(FULL_SYNC_UNDER_WAY)).toBe(FULL_SYNC_UNDER_WAY);
    expect(scheduler.enqueueFullSync).not.toHaveBeenCalled();
    expect(syncLog.failAbandonedRun).not.toHaveBeenCalled();
  });

  it('leaves a connection with no run under way alone, without asking the queue', async () => {
    const { service, scheduler } = build({ jobStatus: 'missing' });
    const idle = { ...FULL_SYNC_UNDER_WAY, syncStage: 'INCREMENTAL_PENDING' } as WhopConnection;

    expect(await service.endIfAbandoned(idle)).toBe(idle);
    expect(scheduler.getSyncJobStatus).not.toHaveBeenCalled();
  });

  it('settles, every minute, the runs under way of connected connections, counting those queued again', async () => {
    const { service, repository, scheduler } = build({
      jobStatus: 'missing',
      ongoing: [FULL_SYNC_UNDER_WAY, SYNC_OF_CHANGES_UNDER_WAY],
    });

    expect(await service.restoreScheduledJobs()).toBe(2);
    expect(repository.findBy).toHaveBeenCalledWith({
      status: 'active',
      syncStage: In(['FULL_SYNC_ONGOING', 'INCREMENTAL_ONGOING']),
    });
    expect(scheduler.enqueueFullSync).toHaveBeenCalledTimes(1);
    expect(scheduler.enqueueIncrementalSync).toHaveBeenCalledTimes(1);
  });
});
