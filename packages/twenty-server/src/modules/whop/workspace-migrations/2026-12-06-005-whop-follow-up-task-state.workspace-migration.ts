import { type WorkspaceMigration } from 'src/engine/workspace-manager/workspace-migrations/workspace-migration.type';

// What the sync last wrote on a follow-up task, beside what the seller sees and may change: its
// title and body (`whopFollowUpTitle`, `whopFollowUpBody`), the failure it tells of
// (`whopFollowUpFailure`: its reason and payment, the body's two last lines) and the due date
// Whop's next retry gave (`whopFollowUpDueAt`). A task the seller edited is then told from one the
// sync must refresh by these, not by its text or its due date. Filled from each task as it is: a
// title, body or due date the seller changed before is taken for the sync's, and the failure is
// read from its two lines wherever they are in the body.
export const whopFollowUpTaskStateWorkspaceMigration: WorkspaceMigration = {
  version: '2026-12-06-005-whop-follow-up-task-state',
  up: async (queryRunner, schema) => {
    await queryRunner.query(`
      ALTER TABLE "${schema}"."task"
        ADD COLUMN "whopFollowUpTitle" text,
        ADD COLUMN "whopFollowUpBody" text,
        ADD COLUMN "whopFollowUpFailure" text,
        ADD COLUMN "whopFollowUpDueAt" timestamptz`);
    await queryRunner.query(`
      UPDATE "${schema}"."task"
        SET "whopFollowUpTitle" = "title",
            "whopFollowUpBody" = "bodyV2Markdown",
            "whopFollowUpFailure" = substring(
              "bodyV2Markdown" FROM '- \\*\\*Failure:\\*\\* [^\\n]*\\n- \\*\\*Whop payment:\\*\\* [^\\n]*'),
            "whopFollowUpDueAt" = "dueAt"
        WHERE "whopFollowUpKey" IS NOT NULL`);
  },
};
