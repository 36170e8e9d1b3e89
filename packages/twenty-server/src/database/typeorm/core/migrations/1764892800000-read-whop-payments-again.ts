import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Whop payments now carry their last and next charge attempts (workspace migration
// 2026-12-05-001-whop-payment-attempts): the next reconcile of every connection reads all of its
// payments again, not only those changed since its last run, so that payments synced before are
// filled in too.
export class ReadWhopPaymentsAgain1764892800000 implements MigrationInterface {
  name = 'ReadWhopPaymentsAgain1764892800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "core"."whopConnection" SET "paymentsUpdatedAfter" = NULL`);
  }

  async down(): Promise<void> {
    // Nothing to undo: the next reconcile reads only what changed again by itself.
  }
}
