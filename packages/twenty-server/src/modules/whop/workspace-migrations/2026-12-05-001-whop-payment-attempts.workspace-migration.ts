import { type WorkspaceMigration } from 'src/engine/workspace-manager/workspace-migrations/workspace-migration.type';

// When Whop last tried to charge a payment and when it will try again: the follow-up task's due
// date. Payments synced before are filled in by the next reconcile, which reads them all again
// (core migration ReadWhopPaymentsAgain1764892800000).
export const whopPaymentAttemptsWorkspaceMigration: WorkspaceMigration = {
  version: '2026-12-05-001-whop-payment-attempts',
  up: async (queryRunner, schema) => {
    await queryRunner.query(`
      ALTER TABLE "${schema}"."whopPayment"
        ADD COLUMN "lastPaymentAttemptAt" timestamptz,
        ADD COLUMN "nextPaymentAttemptAt" timestamptz`);
  },
};
