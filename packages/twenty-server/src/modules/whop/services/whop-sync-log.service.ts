import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type WhopSyncLogStatus, type WhopSyncType } from 'twenty-shared';
import { type EntityManager, type FindOptionsWhere, Not, Repository } from 'typeorm';

import { type WhopConnection } from 'src/modules/whop/entities/whop-connection.entity';
import {
  type WhopSyncObjectCounts,
  WhopSyncLog,
} from 'src/modules/whop/entities/whop-sync-log.entity';
import { type WhopSyncIssues } from 'src/modules/whop/services/whop-sync-issues';

export const DISCONNECTED_RUN_MESSAGE = 'Whop was disconnected before this run finished.';
export const RECONNECTED_RUN_MESSAGE =
  'Whop was connected again before this run finished: a new full sync takes over.';

const openRun = (runId: string): FindOptionsWhere<WhopSyncLog> => ({
  id: runId,
  status: 'running',
});

// Writes the whopSyncLog row of each run: opened when it starts, closed with its counts and issues.
@Injectable()
export class WhopSyncLogService {
  constructor(
    @InjectRepository(WhopSyncLog) private readonly syncLogRepository: Repository<WhopSyncLog>,
  ) {}

  start(connection: WhopConnection, type: WhopSyncType): Promise<WhopSyncLog> {
    return this.syncLogRepository.save(
      this.syncLogRepository.create({
        workspaceId: connection.workspaceId,
        connectionId: connection.id,
        type,
        status: 'running',
        counts: {},
        issues: [],
        startedAt: new Date(),
      }),
    );
  }

  // Saved with every checkpoint, so that a resumed run carries on with what was already recorded.
  // Like the run's end, only while its row is open: one Disconnect or the abandoned-run check
  // closed keeps what they wrote.
  async saveProgress(
    log: WhopSyncLog,
    counts: WhopSyncObjectCounts,
    issues: WhopSyncIssues,
  ): Promise<void> {
    await this.syncLogRepository.update(openRun(log.id), {
      counts,
      issues: issues.list(),
      issueCount: issues.count(),
    });
  }

  // A new run starts while the connection's earlier ones still read as running: none can be
  // running, as the new one holds the sync lock. Each ends failed: its job gave up without closing
  // its row, or waits to retry and will start a run of its own.
  async failRunsOtherThan(connectionId: string, currentRunId: string): Promise<void> {
    await this.fail(
      { connectionId, status: 'running', id: Not(currentRunId) },
      'The run stopped without finishing; a later run took over.',
    );
  }

  // Disconnected: a run waiting to retry never will (its job is removed), and one still going in a
  // worker stops at its next write (WhopSyncDisconnectedError), leaving its row as closed here.
  async failRunsOfDisconnected(connectionId: string): Promise<void> {
    await this.fail({ connectionId, status: 'running' }, DISCONNECTED_RUN_MESSAGE);
  }

  // A run that stopped because its connection was disconnected since it began (and maybe connected
  // again, which queues a full sync of its own), if its row still reads as running.
  async failSupersededRun(runId: string, { reconnected }: { reconnected: boolean }): Promise<void> {
    await this.fail(
      openRun(runId),
      reconnected ? RECONNECTED_RUN_MESSAGE : DISCONNECTED_RUN_MESSAGE,
    );
  }

  // A run that stopped for good without closing its row (its job is gone, see
  // WhopAbandonedSyncService; or its connection needs reconnecting), if the row still reads as
  // running.
  async failOpenRun(runId: string, message: string): Promise<void> {
    await this.fail(openRun(runId), message);
  }

  private async fail(where: FindOptionsWhere<WhopSyncLog>, errorMessage: string): Promise<void> {
    await this.syncLogRepository.update(where, {
      status: 'failed',
      errorMessage,
      completedAt: new Date(),
    });
  }

  async finish(
    log: WhopSyncLog,
    status: Exclude<WhopSyncLogStatus, 'running'>,
    counts: WhopSyncObjectCounts,
    issues: WhopSyncIssues,
    errorMessage: string | null = null,
    manager?: EntityManager,
  ): Promise<void> {
    const repository = manager?.getRepository(WhopSyncLog) ?? this.syncLogRepository;

    await repository.update(openRun(log.id), {
      status,
      counts,
      issues: issues.list(),
      issueCount: issues.count(),
      errorMessage,
      completedAt: new Date(),
    });
  }
}
