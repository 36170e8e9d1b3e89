import { type WorkspaceMigration } from 'src/engine/workspace-manager/workspace-migrations/workspace-migration.type';

// The membership status Whop last reported (`whopReportedMembershipStatus`), kept beside the status
// the seller sees: once a failed renewal is paid, `payment_failed` gives way to it (canceling, past
// due…) instead of `active`. Filled from the status shown wherever that is Whop's own; a membership
// shown `payment_failed` gets it at its next sync.
export const whopReportedMembershipStatusWorkspaceMigration: WorkspaceMigration = {
  version: '2026-12-06-002-whop-reported-membership-status',
  up: async (queryRunner, schema) => {
    await queryRunner.query(`
      ALTER TABLE "${schema}"."opportunity" ADD COLUMN "whopReportedMembershipStatus" text`);
    await queryRunner.query(`
      UPDATE "${schema}"."opportunity"
        SET "whopReportedMembershipStatus" = "whopMembershipStatus"
        WHERE "whopMembershipStatus" <> 'payment_failed'`);
  },
};
