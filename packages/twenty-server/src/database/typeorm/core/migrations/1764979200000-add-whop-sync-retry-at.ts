import { type MigrationInterface, type QueryRunner } from 'typeorm';

// When a run waiting between two attempts tries again (the settings page says so).
export class AddWhopSyncRetryAt1764979200000 implements MigrationInterface {
  name = 'AddWhopSyncRetryAt1764979200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "core"."whopConnection" ADD COLUMN "syncRetryAt" timestamptz`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "core"."whopConnection" DROP COLUMN "syncRetryAt"`);
  }
}
