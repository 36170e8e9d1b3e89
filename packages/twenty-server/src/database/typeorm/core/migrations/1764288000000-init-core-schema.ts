import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class InitCoreSchema1764288000000 implements MigrationInterface {
  name = 'InitCoreSchema1764288000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "core"`);
    await queryRunner.query(`
      CREATE TABLE "core"."workspace" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "displayName" text NOT NULL,
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        "updatedAt" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE "core"."user" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "email" text NOT NULL UNIQUE,
        "passwordHash" text NOT NULL,
        "firstName" text NOT NULL DEFAULT '',
        "lastName" text NOT NULL DEFAULT '',
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        "updatedAt" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE "core"."userWorkspace" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "userId" uuid NOT NULL REFERENCES "core"."user"("id") ON DELETE CASCADE,
        "workspaceId" uuid NOT NULL REFERENCES "core"."workspace"("id") ON DELETE CASCADE,
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        UNIQUE ("userId", "workspaceId")
      )`);
    await queryRunner.query(`
      CREATE TABLE "core"."apiKey" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "workspaceId" uuid NOT NULL REFERENCES "core"."workspace"("id") ON DELETE CASCADE,
        "name" text NOT NULL,
        "expiresAt" timestamptz NOT NULL,
        "revokedAt" timestamptz,
        "createdAt" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_apiKey_workspaceId" ON "core"."apiKey" ("workspaceId")`,
    );
    await queryRunner.query(`
      CREATE TABLE "core"."workspaceMigration" (
        "workspaceId" uuid NOT NULL REFERENCES "core"."workspace"("id") ON DELETE CASCADE,
        "version" text NOT NULL,
        "appliedAt" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("workspaceId", "version")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "core"."workspaceMigration"`);
    await queryRunner.query(`DROP TABLE "core"."apiKey"`);
    await queryRunner.query(`DROP TABLE "core"."userWorkspace"`);
    await queryRunner.query(`DROP TABLE "core"."user"`);
    await queryRunner.query(`DROP TABLE "core"."workspace"`);
  }
}
