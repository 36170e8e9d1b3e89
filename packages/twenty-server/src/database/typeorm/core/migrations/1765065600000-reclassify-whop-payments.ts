import { type MigrationInterface, type QueryRunner } from 'typeorm';

// A payment Whop sent without a status but with a succeeded substatus now counts as paid: the next
// reconcile of every connection reads all of its payments again, not only those changed since its
// last run, so that such payments synced before get their timeline entry, lifetime value and last
// payment date.
export class ReclassifyWhopPayments1765065600000 implements MigrationInterface {
  name = 'ReclassifyWhopPayments1765065600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "core"."whopConnection" SET "paymentsUpdatedAfter" = NULL`);
  }

  async down(): Promise<void> {
    // Nothing to undo: the next reconcile reads only what changed again by itself.
  }
}
