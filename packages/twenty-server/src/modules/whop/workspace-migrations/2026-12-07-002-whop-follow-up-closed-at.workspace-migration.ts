import { type WorkspaceMigration } from 'src/engine/workspace-manager/workspace-migrations/workspace-migration.type';

// When the sync closed a follow-up task for the failure it tells of (`whopFollowUpClosedAt`): it
// closes it once, so a task the seller reopens stays open; a new failure clears it. Filled for the
// tasks already done, whoever closed them.
export const whopFollowUpClosedAtWorkspaceMigration: WorkspaceMigration = {
  version: '2026-12-07-002-whop-follow-up-closed-at',
  up: async (queryRunner, schema) => {
    await queryRunner.query(
      `ALTER TABLE "${schema}"."task" ADD COLUMN "whopFollowUpClosedAt" timestamptz`,
    );
    await queryRunner.query(`
      UPDATE "${schema}"."task" SET "whopFollowUpClosedAt" = "updatedAt"
        WHERE "whopFollowUpKey" IS NOT NULL AND "status" = 'DONE'`);
  },
};
