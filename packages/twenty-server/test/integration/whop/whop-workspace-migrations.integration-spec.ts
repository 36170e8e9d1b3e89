import { type INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { getWorkspaceSchemaName } from 'src/engine/twenty-orm/utils/get-workspace-schema-name.util';
import { WorkspaceMigrationRunnerService } from 'src/engine/workspace-manager/workspace-migration-runner.service';
import { type WhopApplyContext } from 'src/modules/whop/services/apply/whop-apply.types';
import { WhopOpportunityApplyService } from 'src/modules/whop/services/apply/whop-opportunity-apply.service';
import { whopReportedMembershipStatusWorkspaceMigration } from 'src/modules/whop/workspace-migrations/2026-12-06-002-whop-reported-membership-status.workspace-migration';
import {
  buildWhopMembership,
  buildWhopPlan,
} from 'src/modules/whop/utils/__tests__/whop-api.fixtures';
import {
  createWhopApplyContext,
  createWhopApplyTestApp,
  findWorkspaceRecords,
} from 'test/integration/whop/apply/whop-apply-test-app';

describe('whop workspace migrations on a workspace synced before them', () => {
  let app: INestApplication;
  let context: WhopApplyContext;

  beforeAll(async () => {
    app = await createWhopApplyTestApp();
    context = await createWhopApplyContext(app);
  });

  afterAll(() => app?.close());

  it('fills the status Whop reported from the one shown, except where payment_failed hides it', async () => {
    const dataSource = app.get(DataSource);
    const schema = getWorkspaceSchemaName(context.workspaceId);

    await app
      .get(WhopOpportunityApplyService)
      .applyMemberships(
        context,
        [
          buildWhopMembership({ id: 'mem_canceling', status: 'canceling' }),
          buildWhopMembership({ id: 'mem_failed', status: 'past_due' }),
        ],
        new Map([['plan_1', buildWhopPlan()]]),
      );
    // The workspace as it was before the migration, with a renewal shown as failed.
    await dataSource.query(
      `UPDATE "${schema}"."opportunity" SET "whopMembershipStatus" = 'payment_failed'
       WHERE "whopMembershipId" = 'mem_failed'`,
    );
    await dataSource.query(
      `ALTER TABLE "${schema}"."opportunity" DROP COLUMN "whopReportedMembershipStatus"`,
    );
    await dataSource.query(
      `DELETE FROM "core"."workspaceMigration" WHERE "workspaceId" = $1 AND "version" = $2`,
      [context.workspaceId, whopReportedMembershipStatusWorkspaceMigration.version],
    );

    expect(
      await app.get(WorkspaceMigrationRunnerService).migrateWorkspace(context.workspaceId),
    ).toEqual([whopReportedMembershipStatusWorkspaceMigration.version]);

    const opportunities = await findWorkspaceRecords(app, context, 'opportunity');

    expect(
      Object.fromEntries(
        opportunities.map((opportunity) => [
          opportunity.whopMembershipId,
          opportunity.whopReportedMembershipStatus,
        ]),
      ),
    ).toEqual({ mem_canceling: 'canceling', mem_failed: null });
  });
});
