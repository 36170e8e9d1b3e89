import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  isDefined,
  type WhopSyncStatus,
  type WhopSyncStep,
  type WhopSyncType,
  WHOP_ONGOING_SYNC_STAGES,
} from 'twenty-shared';
import { type EntityManager, type FindOptionsWhere, Not, Raw, Repository } from 'typeorm';
import { type QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

import {
  WhopConnection,
  type WhopSyncProgress,
} from 'src/modules/whop/entities/whop-connection.entity';
import { WHOP_SYNC_LOCK_TTL_MS } from 'src/modules/whop/services/whop-sync-lock.service';

type FailedSyncStatus = Extract<
  WhopSyncStatus,
  'FAILED_INSUFFICIENT_PERMISSIONS' | 'FAILED_UNKNOWN'
>;

// The connection's run is still at its stage, carried by the same job, and has written nothing
// within the sync lock's lifetime.
const QUIET_RUN_CONDITION = `id = :id AND "syncStage" = :stage AND "syncProgress"->>'jobId' = :jobId
  AND "updatedAt" < now() - make_interval(secs => :quietSeconds)`;

const quietRunParameters = (connection: WhopConnection, jobId: string) => ({
  id: connection.id,
  stage: connection.syncStage,
  jobId,
  quietSeconds: WHOP_SYNC_LOCK_TTL_MS / 1000,
});

// A sync queued from the API, and the failure of a run before it showed itself, leave a connection
// disconnected meanwhile as it is: it would otherwise show a sync queued or failed that no job will
// carry. A run's own writes ask more of the connection (updateRun).
const notDisconnected = (id: string): FindOptionsWhere<WhopConnection> => ({
  id,
  status: Not('revoked'),
});

// A run's write found its connection disconnected since the run began (and maybe connected again,
// which starts a run of its own), or needing reconnection (a token refresh elsewhere refused): the
// run stops there, writing nothing more to the connection.
export class WhopSyncDisconnectedError extends Error {
  constructor(connectionId: string) {
    super(
      `Connection ${connectionId} was disconnected or needs reconnecting since its run began: the run stops without writing`,
    );
  }
}

// The one place that changes a connection's sync state (Twenty's message-channel-sync-status
// service): every transition the sync, the jobs and the API make goes through a method here.
@Injectable()
export class WhopConnectionSyncStatusService {
  constructor(
    @InjectRepository(WhopConnection)
    private readonly connectionRepository: Repository<WhopConnection>,
  ) {}

  // The pending stage starts when the run is queued: the settings page says since when it waits.
  async markAsFullSyncPending(connectionId: string): Promise<void> {
    await this.connectionRepository.update(notDisconnected(connectionId), {
      syncStage: 'FULL_SYNC_PENDING',
      syncStageStartedAt: new Date(),
      syncCursors: {},
      syncProgress: null,
      lastSyncError: null,
    });
  }

  // A new run starts from no cursor (an earlier run that failed left its own); a resumed one keeps
  // its cursors, and the reason it stopped until it writes a page again (saveCheckpoint).
  async markAsOngoing(
    connection: WhopConnection,
    type: Exclude<WhopSyncType, 'webhook'>,
    progress: WhopSyncProgress,
    { resumed }: { resumed: boolean },
  ) {
    if (!resumed) connection.syncCursors = {};
    await this.updateRun(connection.id, {
      syncStatus: 'ONGOING',
      syncStage: type === 'full' ? 'FULL_SYNC_ONGOING' : 'INCREMENTAL_ONGOING',
      syncStageStartedAt: new Date(),
      syncProgress: progress,
      syncRetryAt: null,
      ...(!resumed && { syncCursors: {}, lastSyncError: null, throttleFailureCount: 0 }),
    });
  }

  async saveProgress(connectionId: string, progress: WhopSyncProgress): Promise<void> {
    await this.updateRun(connectionId, { syncProgress: progress }, { runId: progress.runId });
  }

  // After a page is written: the run is past whatever stopped it before, unless it waits on Whop
  // meanwhile (a read ahead being retried).
  async saveCheckpoint(
    connection: WhopConnection,
    step: WhopSyncStep,
    cursor: string | null,
    progress: WhopSyncProgress,
    { waitingOnWhop }: { waitingOnWhop: boolean },
  ): Promise<void> {
    connection.syncCursors = { ...connection.syncCursors, [step]: cursor };
    await this.updateRun(
      connection.id,
      {
        syncCursors: connection.syncCursors,
        syncProgress: progress,
        ...(!waitingOnWhop && { lastSyncError: null }),
      },
      { runId: progress.runId },
    );
  }

  // `paymentsUpdatedAfter`: where the next run of changes reads payments from (`to`), moved there
  // only from where this run found it (`from`): a migration that reset it while the run went on
  // (to have every payment read again, by the code it deploys) is not undone. Null: left as it is.
  async markAsCompleted(
    connectionId: string,
    type: Exclude<WhopSyncType, 'webhook'>,
    progress: WhopSyncProgress,
    paymentsUpdatedAfter: { from: Date | null; to: Date } | null,
    manager?: EntityManager,
  ): Promise<void> {
    const now = new Date();
    const timestamp = (date: Date) => `'${date.toISOString()}'::timestamptz`;

    await this.updateRun(
      connectionId,
      {
        syncStatus: 'ACTIVE',
        syncStage: 'INCREMENTAL_PENDING',
        syncCursors: {},
        syncProgress: progress,
        throttleFailureCount: 0,
        lastSyncError: null,
        lastSyncAt: now,
        ...(isDefined(paymentsUpdatedAfter) && {
          paymentsUpdatedAfter: () =>
            `CASE WHEN "paymentsUpdatedAfter" IS NOT DISTINCT FROM ${
              paymentsUpdatedAfter.from ? timestamp(paymentsUpdatedAfter.from) : 'NULL'
            } THEN ${timestamp(paymentsUpdatedAfter.to)} ELSE "paymentsUpdatedAfter" END`,
        }),
        ...(type === 'full' ? { lastFullSyncAt: now } : { lastIncrementalSyncAt: now }),
      },
      { runId: progress.runId, manager },
    );
  }

  // Within `manager`'s transaction when given one.
  private repositoryFor(manager?: EntityManager): Repository<WhopConnection> {
    return manager?.getRepository(WhopConnection) ?? this.connectionRepository;
  }

  // A write of the running sync's own state (its start, progress, checkpoints and end): on a
  // connection disconnected meanwhile, one that needs reconnecting (which must keep saying why), or
  // whose progress is no longer the run's (`runId`: it was disconnected and connected again), it
  // changes nothing and stops the run.
  private async updateRun(
    connectionId: string,
    changes: QueryDeepPartialEntity<WhopConnection>,
    { runId, manager }: { runId?: string | null; manager?: EntityManager } = {},
  ): Promise<void> {
    const { affected } = await this.repositoryFor(manager).update(
      {
        id: connectionId,
        status: 'active',
        ...(isDefined(runId) && {
          // Quoted here: an UPDATE's criteria name the column unquoted.
          syncProgress: Raw(() => `"syncProgress"->>'runId' = :runId`, { runId }),
        }),
      },
      changes,
    );

    if (affected === 0) throw new WhopSyncDisconnectedError(connectionId);
  }

  // Whop is busy or unreachable: keep the cursors, count the failed attempt, and say when the
  // queue tries again. `runId`: see markAsFailed.
  async markAsThrottled(
    connection: WhopConnection,
    message: string,
    retryAt: Date | null,
    runId: string | null,
  ): Promise<void> {
    await this.updateFailedRun(
      connection.id,
      {
        throttleFailureCount: () => '"throttleFailureCount" + 1',
        lastSyncError: message,
        syncRetryAt: retryAt,
      },
      runId,
    );
  }

  // A Whop call of the running sync failed and is retried within the attempt: say why it waits,
  // without counting a failed attempt, while the run is still the connection's running one (a
  // retry outliving its run writes nothing). A page written after Whop answers clears it.
  async markAsWaitingOnWhop(
    connection: WhopConnection,
    runId: string,
    message: string,
  ): Promise<void> {
    await this.connectionRepository
      .createQueryBuilder()
      .update()
      .set({ lastSyncError: message })
      .where(`id = :id AND "syncStage" IN (:...stages) AND "syncProgress"->>'runId' = :runId`, {
        id: connection.id,
        stages: WHOP_ONGOING_SYNC_STAGES,
        runId,
      })
      .execute();
  }

  // `runId`: the run that failed, once it had shown itself on the connection; the failure of a run
  // the connection no longer shows (disconnected, or connected again since, which queued a run of
  // its own) changes nothing and throws WhopSyncDisconnectedError. Null: a run that failed before
  // it could show itself, whose failure is the connection's.
  async markAsFailed(
    connectionId: string,
    syncStatus: FailedSyncStatus,
    message: string,
    runId: string | null,
  ): Promise<void> {
    await this.updateFailedRun(
      connectionId,
      { syncStatus, syncStage: 'FAILED', lastSyncError: message },
      runId,
    );
  }

  private async updateFailedRun(
    connectionId: string,
    changes: QueryDeepPartialEntity<WhopConnection>,
    runId: string | null,
    manager?: EntityManager,
  ): Promise<void> {
    if (isDefined(runId)) await this.updateRun(connectionId, changes, { runId, manager });
    else await this.repositoryFor(manager).update(notDisconnected(connectionId), changes);
  }

  // Whether the connection's run is still the one its job took up last, and quiet: a run writes
  // its connection after every page, and one that did so within the sync lock's lifetime is alive
  // even when Redis, restarted, has neither its lock nor its job yet (WhopAbandonedSyncService).
  async isRunQuiet(connection: WhopConnection, jobId: string): Promise<boolean> {
    return this.connectionRepository
      .createQueryBuilder()
      .where(QUIET_RUN_CONDITION, quietRunParameters(connection, jobId))
      .getExists();
  }

  // A run whose job the queue lost is carried by another job from now on (WhopAbandonedSyncService):
  // named in its progress, the run counting as alive again, unless a job took the sync up
  // meanwhile or another server resumed it first. Returns whether it did.
  async markLostRunAsResumed(
    connection: WhopConnection,
    lostJobId: string,
    jobId: string,
  ): Promise<boolean> {
    const { affected } = await this.connectionRepository
      .createQueryBuilder()
      .update()
      .set({
        syncProgress: () => `jsonb_set("syncProgress", '{jobId}', to_jsonb(:resumingJobId::text))`,
      })
      .where(QUIET_RUN_CONDITION, quietRunParameters(connection, lostJobId))
      .setParameter('resumingJobId', jobId)
      .execute();

    return (affected ?? 0) > 0;
  }

  // A run whose job ended without recording it (WhopAbandonedSyncService) ends failed, unless a
  // job took the sync up again meanwhile (the stage or the job changed) or the run wrote its
  // connection a moment ago. Returns whether it ended the run.
  async markAbandonedRunAsFailed(
    connection: WhopConnection,
    jobId: string,
    message: string,
  ): Promise<boolean> {
    const { affected } = await this.connectionRepository
      .createQueryBuilder()
      .update()
      .set({ syncStatus: 'FAILED_UNKNOWN', syncStage: 'FAILED', lastSyncError: message })
      .where(QUIET_RUN_CONDITION, quietRunParameters(connection, jobId))
      .execute();

    return (affected ?? 0) > 0;
  }

  // Not a disconnected connection: one disconnected meanwhile stays disconnected. `runId`: see
  // markAsFailed. `manager`: the transaction of the refresh Whop refused, under the row lock a
  // reconnect takes, so that a reconnect waiting for it is never undone by it.
  async markAsNeedsReauth(
    connectionId: string,
    message: string,
    { runId = null, manager }: { runId?: string | null; manager?: EntityManager } = {},
  ): Promise<void> {
    await this.updateFailedRun(
      connectionId,
      {
        status: 'needs_reauth',
        syncStatus: 'FAILED_UNKNOWN',
        syncStage: 'FAILED',
        authFailedAt: new Date(),
        lastSyncError: message,
      },
      runId,
      manager,
    );
  }

  // `manager`: the transaction that stores the new grant's tokens, so that both are kept or neither.
  async markAsReconnected(connectionId: string, manager?: EntityManager): Promise<void> {
    await this.repositoryFor(manager).update(connectionId, {
      status: 'active',
      authFailedAt: null,
      revokedAt: null,
      syncStage: 'FULL_SYNC_PENDING',
      syncStageStartedAt: new Date(),
      syncCursors: {},
      syncProgress: null,
      throttleFailureCount: 0,
      lastSyncError: null,
    });
  }

  async markAsRevoked(connectionId: string, manager?: EntityManager): Promise<void> {
    await this.repositoryFor(manager).update(connectionId, {
      status: 'revoked',
      revokedAt: new Date(),
      syncStage: 'FAILED',
      syncProgress: null,
    });
  }
}
