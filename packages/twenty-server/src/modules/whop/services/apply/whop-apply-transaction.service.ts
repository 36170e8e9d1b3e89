import { Injectable } from '@nestjs/common';

import { GlobalWorkspaceOrmManager } from 'src/engine/twenty-orm/global-workspace-orm.manager';
import {
  type WhopApplyContext,
  type WhopApplyTransaction,
} from 'src/modules/whop/services/apply/whop-apply.types';

// Deadlock, serialization failure, and a unique key inserted by a concurrent page first: the page
// is retried, and the retry sees the other transaction's rows.
const RETRYABLE_POSTGRES_CODES = new Set(['40P01', '40001', '23505']);
const MAX_ATTEMPTS = 4;

const isRetryable = (error: unknown) =>
  RETRYABLE_POSTGRES_CODES.has(
    (error as { driverError?: { code?: string } })?.driverError?.code ?? '',
  ) || RETRYABLE_POSTGRES_CODES.has((error as { code?: string })?.code ?? '');

// Runs one page's writes in one transaction on the workspace data source: a page is applied
// entirely or not at all. Pages may be applied concurrently; a transaction that lost a race is
// run again.
@Injectable()
export class WhopApplyTransactionService {
  constructor(private readonly globalWorkspaceOrmManager: GlobalWorkspaceOrmManager) {}

  async run<T>(
    context: WhopApplyContext,
    work: (transaction: WhopApplyTransaction) => Promise<T>,
  ): Promise<T> {
    const dataSource = await this.globalWorkspaceOrmManager.getDataSource(context.workspaceId);

    for (let attempt = 1; ; attempt++) {
      try {
        return await dataSource.transaction(async (manager) => {
          if (context.asynchronousCommit) {
            await manager.query('SET LOCAL synchronous_commit = off');
          }

          return work({ ...context, manager });
        });
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS || !isRetryable(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 30));
      }
    }
  }
}
