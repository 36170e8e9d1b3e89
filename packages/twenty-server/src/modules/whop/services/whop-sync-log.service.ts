import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type WhopSyncLogStatus, type WhopSyncType } from 'twenty-shared';
import { Repository } from 'typeorm';

import { type WhopConnection } from 'src/modules/whop/entities/whop-connection.entity';
import {
  type WhopSyncObjectCounts,
  WhopSyncLog,
} from 'src/modules/whop/entities/whop-sync-log.entity';
import { type WhopSyncIssues } from 'src/modules/whop/services/whop-sync-issues';

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
  async saveProgress(
    log: WhopSyncLog,
    counts: WhopSyncObjectCounts,
    issues: WhopSyncIssues,
  ): Promise<void> {
    await this.syncLogRepository.update(log.id, {
      counts,
      issues: issues.list(),
      issueCount: issues.count(),
    });
  }

  async finish(
    log: WhopSyncLog,
    status: Exclude<WhopSyncLogStatus, 'running'>,
    counts: WhopSyncObjectCounts,
    issues: WhopSyncIssues,
    errorMessage: string | null = null,
  ): Promise<void> {
    await this.syncLogRepository.update(log.id, {
      status,
      counts,
      issues: issues.list(),
      issueCount: issues.count(),
      errorMessage,
      completedAt: new Date(),
    });
  }
}
