import { Injectable } from '@nestjs/common';

import { GlobalWorkspaceOrmManager } from 'src/engine/twenty-orm/global-workspace-orm.manager';
import {
  type WhopApplyContext,
  type WhopApplyTransaction,
} from 'src/modules/whop/services/apply/whop-apply.types';

// Runs one page's writes in one transaction on the workspace data source: a page is applied
// entirely or not at all.
@Injectable()
export class WhopApplyTransactionService {
  constructor(private readonly globalWorkspaceOrmManager: GlobalWorkspaceOrmManager) {}

  async run<T>(
    context: WhopApplyContext,
    work: (transaction: WhopApplyTransaction) => Promise<T>,
  ): Promise<T> {
    const dataSource = await this.globalWorkspaceOrmManager.getDataSource(context.workspaceId);

    return dataSource.transaction((manager) => work({ ...context, manager }));
  }
}
