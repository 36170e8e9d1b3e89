import { Injectable } from '@nestjs/common';

import { GlobalWorkspaceOrmManager } from 'src/engine/twenty-orm/global-workspace-orm.manager';
import { getPostgresErrorCode } from 'src/engine/twenty-orm/utils/get-postgres-error-code.util';
import {
  type WhopApplyContext,
  type WhopApplyTransaction,
} from 'src/modules/whop/services/apply/whop-apply.types';

// Deadlock, serialization failure, a unique key inserted by a concurrent page first, and a link to a
// record deleted since the page looked it up (or the run cached it): the page is retried, and the
// retry sees the other transactions' rows.
const FOREIGN_KEY_VIOLATION = '23503';
const RETRYABLE_POSTGRES_CODES = new Set(['40P01', '40001', '23505', FOREIGN_KEY_VIOLATION]);
const MAX_ATTEMPTS = 4;

// Runs one page's writes in one transaction on the workspace data source: a page is applied
// entirely or not at all, and what it teaches the run (the people it met, its issues) counts only
// once it commits. Pages may be applied concurrently; a transaction that lost a race is run again.
@Injectable()
export class WhopApplyTransactionService {
  constructor(private readonly globalWorkspaceOrmManager: GlobalWorkspaceOrmManager) {}

  async run<T>(
    context: WhopApplyContext,
    work: (transaction: WhopApplyTransaction) => Promise<T>,
  ): Promise<T> {
    const dataSource = await this.globalWorkspaceOrmManager.getDataSource(context.workspaceId);

    for (let attempt = 1; ; attempt++) {
      const personIds = context.personIds?.startPage();
      const issues = context.issues.startPage();

      try {
        const result = await dataSource.transaction(async (manager) => {
          if (context.asynchronousCommit) {
            await manager.query('SET LOCAL synchronous_commit = off');
          }

          return work({ ...context, manager, personIds, issues });
        });

        personIds?.commit();
        context.issues.commitPage(issues);

        return result;
      } catch (error) {
        const code = getPostgresErrorCode(error);

        if (attempt >= MAX_ATTEMPTS || !RETRYABLE_POSTGRES_CODES.has(code)) throw error;
        if (code === FOREIGN_KEY_VIOLATION) context.personIds?.clear();
        await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 30));
      }
    }
  }
}
