import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Grants a connection held that Whop did not confirm revoked (its answer failed): each token kept,
// encrypted, until a job revokes it.
export class AddWhopGrantsToRevoke1765152000000 implements MigrationInterface {
  name = 'AddWhopGrantsToRevoke1765152000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "core"."whopConnection" ADD COLUMN "grantsToRevoke" jsonb NOT NULL DEFAULT '[]'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "core"."whopConnection" DROP COLUMN "grantsToRevoke"`);
  }
}
