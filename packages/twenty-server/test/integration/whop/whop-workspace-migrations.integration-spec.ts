import { type INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { getWorkspaceSchemaName } from 'src/engine/twenty-orm/utils/get-workspace-schema-name.util';
import { WorkspaceMigrationRunnerService } from 'src/engine/workspace-manager/workspace-migration-runner.service';
import { type WhopApplyContext } from 'src/modules/whop/services/apply/whop-apply.types';
import { WhopOpportunityApplyService } from 'src/modules/whop/services/apply/whop-opportunity-apply.service';
import { WhopPaymentApplyService } from 'src/modules/whop/services/apply/whop-payment-apply.service';
import { WhopPersonApplyService } from 'src/modules/whop/services/apply/whop-person-apply.service';
import { WhopProductApplyService } from 'src/modules/whop/services/apply/whop-product-apply.service';
import { whopReportedMembershipStatusWorkspaceMigration } from 'src/modules/whop/workspace-migrations/2026-12-06-002-whop-reported-membership-status.workspace-migration';
import { whopLiveRecordKeysWorkspaceMigration } from 'src/modules/whop/workspace-migrations/2026-12-06-004-whop-live-record-keys.workspace-migration';
import { whopFollowUpTaskStateWorkspaceMigration } from 'src/modules/whop/workspace-migrations/2026-12-06-005-whop-follow-up-task-state.workspace-migration';
import { whopExpiryEventKeysWorkspaceMigration } from 'src/modules/whop/workspace-migrations/2026-12-06-006-whop-expiry-event-keys.workspace-migration';
import { whopPersonContactWorkspaceMigration } from 'src/modules/whop/workspace-migrations/2026-12-06-007-whop-person-contact.workspace-migration';
import { whopPersonVersionWorkspaceMigration } from 'src/modules/whop/workspace-migrations/2026-12-07-001-whop-person-version.workspace-migration';
import { whopFollowUpClosedAtWorkspaceMigration } from 'src/modules/whop/workspace-migrations/2026-12-07-002-whop-follow-up-closed-at.workspace-migration';
import {
  buildWhopMember,
  buildWhopMembership,
  buildWhopPayment,
  buildWhopPlan,
  buildWhopProduct,
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

  const forgetMigration = (version: string) =>
    app
      .get(DataSource)
      .query(
        `DELETE FROM "core"."workspaceMigration" WHERE "workspaceId" = $1 AND "version" = $2`,
        [context.workspaceId, version],
      );

  it("makes each Whop key unique among the records not in the trash, as Twenty's unique fields are", async () => {
    const dataSource = app.get(DataSource);
    const schema = getWorkspaceSchemaName(context.workspaceId);
    const keys = [
      ['person', 'whopUserId'],
      ['opportunity', 'whopMembershipId'],
      ['whopProduct', 'whopId'],
      ['whopPayment', 'whopId'],
    ];

    // The workspace as it was before the migration: a plain unique constraint on each key.
    for (const [table, column] of keys) {
      await dataSource.query(
        `DROP INDEX "${schema}"."IDX_UNIQUE_${table}_${column}";
         DROP INDEX IF EXISTS "${schema}"."IDX_TRASHED_${table}_${column}"`,
      );
      await dataSource.query(
        `ALTER TABLE "${schema}"."${table}" ADD CONSTRAINT "${table}_${column}_key" UNIQUE ("${column}")`,
      );
    }
    await forgetMigration(whopLiveRecordKeysWorkspaceMigration.version);

    expect(
      await app.get(WorkspaceMigrationRunnerService).migrateWorkspace(context.workspaceId),
    ).toEqual([whopLiveRecordKeysWorkspaceMigration.version]);

    const people = `"${schema}"."person"`;

    await dataSource.query(
      `INSERT INTO ${people} ("whopUserId", "deletedAt") VALUES ('user_9', now()), ('user_9', NULL)`,
    );
    await expect(
      dataSource.query(`INSERT INTO ${people} ("whopUserId") VALUES ('user_9')`),
    ).rejects.toThrow(/IDX_UNIQUE_person_whopUserId/);
    for (const [table, column] of keys) {
      const [{ definition }] = await dataSource.query(
        `SELECT pg_get_indexdef(indexrelid) AS definition FROM pg_index
         WHERE indexrelid = $1::regclass`,
        [`"${schema}"."IDX_UNIQUE_${table}_${column}"`],
      );

      expect(definition).toContain(`UNIQUE INDEX`);
      expect(definition).toContain(`WHERE ("deletedAt" IS NULL)`);
    }
    expect(
      await dataSource.query(
        `SELECT indexname FROM pg_indexes WHERE schemaname = $1 AND indexname LIKE 'IDX_TRASHED_%'
         ORDER BY 1`,
        [schema],
      ),
    ).toEqual([
      { indexname: 'IDX_TRASHED_opportunity_whopMembershipId' },
      { indexname: 'IDX_TRASHED_person_whopUserId' },
    ]);
  });

  it('keeps, on the follow-up tasks written before, the failure they tell of and their due date', async () => {
    const dataSource = app.get(DataSource);
    const schema = getWorkspaceSchemaName(context.workspaceId);

    await app.get(WhopProductApplyService).applyProducts(context, [buildWhopProduct()]);
    await app.get(WhopPersonApplyService).applyMembers(context, [buildWhopMember()]);
    await app
      .get(WhopOpportunityApplyService)
      .applyMemberships(context, [buildWhopMembership()], new Map([['plan_1', buildWhopPlan()]]));
    await app.get(WhopPaymentApplyService).applyPayments(context, [
      buildWhopPayment({
        id: 'pay_failed',
        status: 'open',
        substatus: 'failed',
        paid_at: null,
        failure_message: 'Your card was declined.',
        next_payment_attempt: '2026-04-03T09:31:00.000Z',
      }),
    ]);
    // The workspace as it was before the migration, with a line the seller added to the task.
    await dataSource.query(
      `ALTER TABLE "${schema}"."task" DROP COLUMN "whopFollowUpTitle",
         DROP COLUMN "whopFollowUpBody", DROP COLUMN "whopFollowUpFailure",
         DROP COLUMN "whopFollowUpDueAt"`,
    );
    await dataSource.query(
      `UPDATE "${schema}"."task" SET "bodyV2Markdown" = "bodyV2Markdown" || E'\\nCalled them.'`,
    );
    await forgetMigration(whopFollowUpTaskStateWorkspaceMigration.version);

    expect(
      await app.get(WorkspaceMigrationRunnerService).migrateWorkspace(context.workspaceId),
    ).toEqual([whopFollowUpTaskStateWorkspaceMigration.version]);
    expect(
      await dataSource.query(
        `SELECT "whopFollowUpBody" = "bodyV2Markdown" AS "bodyKept", "whopFollowUpFailure",
           "whopFollowUpDueAt" FROM "${schema}"."task"`,
      ),
    ).toEqual([
      {
        bodyKept: true,
        whopFollowUpFailure:
          '- **Failure:** Your card was declined.\n- **Whop payment:** pay_failed',
        whopFollowUpDueAt: new Date('2026-04-03T09:31:00.000Z'),
      },
    ]);
  });

  it('keys the expired memberships written before by the period that ran out, as the sync now does', async () => {
    const dataSource = app.get(DataSource);
    const schema = getWorkspaceSchemaName(context.workspaceId);
    const expired = buildWhopMembership({
      id: 'mem_expired',
      status: 'expired',
      updated_at: '2026-04-01T00:00:00.000Z',
    });
    const plans = new Map([['plan_1', buildWhopPlan()]]);
    const opportunityApply = app.get(WhopOpportunityApplyService);
    const countExpiryEvents = async () =>
      (
        await dataSource.query(
          `SELECT (SELECT count(*) FROM "${schema}"."timelineActivity"
                    WHERE "name" = 'whop.membership.expired')::int AS "entries",
                  (SELECT count(*) FROM "${schema}"."note"
                    WHERE "whopNoteKey" LIKE 'whop:membership.expired:%')::int AS "notes"`,
        )
      )[0];

    await opportunityApply.applyMemberships(context, [expired], plans);
    // The workspace as it was before the migration: the keys carry no period.
    await dataSource.query(
      `UPDATE "${schema}"."timelineActivity" SET "whopEventKey" = 'whop:membership.expired:mem_expired'
       WHERE "whopEventKey" LIKE 'whop:membership.expired:mem_expired:%';
       UPDATE "${schema}"."note" SET "whopNoteKey" = 'whop:membership.expired:mem_expired'
       WHERE "whopNoteKey" LIKE 'whop:membership.expired:mem_expired:%'`,
    );
    await forgetMigration(whopExpiryEventKeysWorkspaceMigration.version);

    expect(
      await app.get(WorkspaceMigrationRunnerService).migrateWorkspace(context.workspaceId),
    ).toEqual([whopExpiryEventKeysWorkspaceMigration.version]);
    expect(await countExpiryEvents()).toEqual({ entries: 1, notes: 1 });
    await opportunityApply.applyMemberships(
      context,
      [{ ...expired, updated_at: '2026-04-02T00:00:00.000Z' }],
      plans,
    );
    expect(await countExpiryEvents()).toEqual({ entries: 1, notes: 1 });
  });
  it("takes each Whop person's email and phone as Whop's, so that they keep following Whop", async () => {
    const dataSource = app.get(DataSource);
    const schema = getWorkspaceSchemaName(context.workspaceId);
    const personApply = app.get(WhopPersonApplyService);

    await personApply.applyMembers(context, [buildWhopMember()]);
    await dataSource.query(`INSERT INTO "${schema}"."person" ("nameFirstName", "nameLastName",
       "emailsPrimaryEmail") VALUES ('Not', 'On Whop', 'someone@example.com')`);
    // The workspace as it was before the migration.
    await dataSource.query(
      `ALTER TABLE "${schema}"."person" DROP COLUMN "whopEmail", DROP COLUMN "whopPhone"`,
    );
    await forgetMigration(whopPersonContactWorkspaceMigration.version);

    expect(
      await app.get(WorkspaceMigrationRunnerService).migrateWorkspace(context.workspaceId),
    ).toEqual([whopPersonContactWorkspaceMigration.version]);
    expect(
      await dataSource.query(
        `SELECT "whopUserId", "whopEmail", "whopPhone" FROM "${schema}"."person"
         WHERE "emailsPrimaryEmail" IN ('ada@example.com', 'someone@example.com')
         ORDER BY "whopUserId"`,
      ),
    ).toEqual([
      { whopUserId: 'user_1', whopEmail: 'ada@example.com', whopPhone: '+14155550123' },
      { whopUserId: null, whopEmail: null, whopPhone: null },
    ]);
    await personApply.applyMembers(context, [
      buildWhopMember({
        phone: '+14155550199',
        user: { id: 'user_1', email: 'ada@new.example', name: 'Ada Lovelace', username: 'ada' },
      }),
    ]);
    expect(await findWorkspaceRecords(app, context, 'person', { whopUserId: 'user_1' })).toEqual([
      expect.objectContaining({
        emailsPrimaryEmail: 'ada@new.example',
        phonesPrimaryPhoneNumber: '+14155550199',
      }),
    ]);
  });

  it("gives each person their member's version at their next sync, and refuses an older one from then on", async () => {
    const dataSource = app.get(DataSource);
    const schema = getWorkspaceSchemaName(context.workspaceId);
    const personApply = app.get(WhopPersonApplyService);
    const findAda = async () =>
      (await findWorkspaceRecords(app, context, 'person', { whopUserId: 'user_1' }))[0];

    await personApply.applyMembers(context, [buildWhopMember()]);
    // The workspace as it was before the migration.
    await dataSource.query(`ALTER TABLE "${schema}"."person" DROP COLUMN "whopUpdatedAt"`);
    await forgetMigration(whopPersonVersionWorkspaceMigration.version);

    expect(
      await app.get(WorkspaceMigrationRunnerService).migrateWorkspace(context.workspaceId),
    ).toEqual([whopPersonVersionWorkspaceMigration.version]);
    expect(await findAda()).toMatchObject({ whopUpdatedAt: null });
    await personApply.applyMembers(context, [buildWhopMember()]);
    expect(await findAda()).toMatchObject({
      whopUpdatedAt: new Date('2026-03-01T10:00:00.000Z'),
    });
    await personApply.applyMembers(context, [
      buildWhopMember({ phone: '+14155550199', updated_at: '2026-02-01T10:00:00.000Z' }),
    ]);
    expect(await findAda()).toMatchObject({ phonesPrimaryPhoneNumber: '+14155550123' });
  });

  it('takes the follow-up tasks done before for closed by the sync, so that one the seller reopens stays open', async () => {
    const dataSource = app.get(DataSource);
    const schema = getWorkspaceSchemaName(context.workspaceId);
    const paymentApply = app.get(WhopPaymentApplyService);

    // The renewal after the failed payment above went through: its task is closed.
    await paymentApply.applyPayments(context, [
      buildWhopPayment({
        id: 'pay_paid',
        paid_at: '2026-04-05T12:00:00.000Z',
        created_at: '2026-04-05T11:59:00.000Z',
        updated_at: '2026-04-05T12:00:05.000Z',
      }),
    ]);
    expect(await findWorkspaceRecords(app, context, 'task')).toEqual([
      expect.objectContaining({ status: 'DONE' }),
    ]);
    // The workspace as it was before the migration.
    await dataSource.query(`ALTER TABLE "${schema}"."task" DROP COLUMN "whopFollowUpClosedAt"`);
    await forgetMigration(whopFollowUpClosedAtWorkspaceMigration.version);

    expect(
      await app.get(WorkspaceMigrationRunnerService).migrateWorkspace(context.workspaceId),
    ).toEqual([whopFollowUpClosedAtWorkspaceMigration.version]);
    const [task] = await findWorkspaceRecords(app, context, 'task');

    expect(task.whopFollowUpClosedAt).toEqual(task.updatedAt);
    await dataSource.query(`UPDATE "${schema}"."task" SET "status" = 'TODO'`);
    await paymentApply.refreshAllMembershipPaymentStates(context);
    expect(await findWorkspaceRecords(app, context, 'task')).toEqual([
      expect.objectContaining({ status: 'TODO' }),
    ]);
  });
});
