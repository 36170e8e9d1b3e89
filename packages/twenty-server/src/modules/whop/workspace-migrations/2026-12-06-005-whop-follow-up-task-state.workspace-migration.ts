import { type WorkspaceMigration } from 'src/engine/workspace-manager/workspace-migrations/workspace-migration.type';

// What the sync last wrote on a follow-up task, apart from what the seller sees and may change:
// the failure it tells of (`whopFollowUpFailure`: its reason and payment, as the body's last lines
// give them) and the due date Whop's next retry gave (`whopFollowUpDueAt`). A task the seller
// edited is then told from one the sync must refresh by these, not by its body or its due date.
// Filled from each task as it is: a due date the seller changed before is taken for the sync's.
export const whopFollowUpTaskStateWorkspaceMigration: WorkspaceMigration = {
  version: '2026-12-06-005-whop-follow-up-task-state',
  up: async (queryRunner, schema) => {
    await queryRunner.query(`
      ALTER TABLE "${schema}"."task"
        ADD COLUMN "whopFollowUpFailure" text,
        ADD COLUMN "whopFollowUpDueAt" timestamptz`);
    await queryRunner.query(`
      UPDATE "${schema}"."task"
        SET "whopFollowUpFailure" = substring("bodyV2Markdown" FROM strpos("bodyV2Markdown", '- **Failure:** ')),
            "whopFollowUpDueAt" = "dueAt"
        WHERE "whopFollowUpKey" IS NOT NULL`);
  },
};
