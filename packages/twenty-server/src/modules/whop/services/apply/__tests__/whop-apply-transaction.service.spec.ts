import { type GlobalWorkspaceOrmManager } from 'src/engine/twenty-orm/global-workspace-orm.manager';
import { WhopApplyTransactionService } from 'src/modules/whop/services/apply/whop-apply-transaction.service';
import { type WhopApplyContext } from 'src/modules/whop/services/apply/whop-apply.types';
import { WhopSyncIssues } from 'src/modules/whop/services/whop-sync-issues';

const deadlock = Object.assign(new Error('deadlock detected'), { code: '40P01' });

// A data source whose transactions fail with `failures`, in turn, before they succeed.
const build = (failures: Error[]) => {
  const dataSource = {
    transaction: jest.fn(async (work: (manager: unknown) => Promise<unknown>) => {
      const result = await work({ query: jest.fn() });
      const failure = failures.shift();

      if (failure) throw failure;

      return result;
    }),
  };
  const manager = { getDataSource: jest.fn().mockResolvedValue(dataSource) };
  const context: WhopApplyContext = {
    workspaceId: 'workspace-1',
    syncedAt: new Date(),
    issues: new WhopSyncIssues(),
  };

  return {
    service: new WhopApplyTransactionService(manager as unknown as GlobalWorkspaceOrmManager),
    context,
    dataSource,
  };
};

describe('WhopApplyTransactionService', () => {
  it("counts a page's warnings once when the page is run again after a deadlock", async () => {
    const { service, context, dataSource } = build([deadlock]);

    await service.run(context, async ({ issues }) => issues.addWarning('pay_1', 'No product'));

    expect(dataSource.transaction).toHaveBeenCalledTimes(2);
    expect(context.issues.warningCount()).toBe(1);
    expect(context.issues.list()).toEqual([
      { level: 'warning', whopId: 'pay_1', message: 'No product' },
    ]);
  });

  it('keeps no warning of a page that failed for good', async () => {
    const failure = new Error('out of disk');
    const { service, context } = build([failure]);

    await expect(
      service.run(context, async ({ issues }) => issues.addWarning('pay_1', 'No product')),
    ).rejects.toBe(failure);
    expect(context.issues.count()).toBe(0);
  });
});
