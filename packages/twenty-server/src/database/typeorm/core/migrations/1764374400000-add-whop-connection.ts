import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class AddWhopConnection1764374400000 implements MigrationInterface {
  name = 'AddWhopConnection1764374400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "core"."whopConnection" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "workspaceId" uuid NOT NULL REFERENCES "core"."workspace"("id") ON DELETE CASCADE,
        "whopCompanyId" text NOT NULL,
        "whopCompanyTitle" text NOT NULL DEFAULT '',
        "whopUserId" text,
        "whopUserName" text,
        "connectedByUserId" uuid REFERENCES "core"."user"("id") ON DELETE SET NULL,
        "accessToken" text NOT NULL,
        "refreshToken" text,
        "accessTokenExpiresAt" timestamptz,
        "scopes" text[] NOT NULL DEFAULT '{}',
        "webhookSecret" text,
        "whopWebhookId" text,
        "webhookRegistrationError" text,
        "status" text NOT NULL DEFAULT 'active',
        "syncStatus" text NOT NULL DEFAULT 'NOT_SYNCED',
        "syncStage" text NOT NULL DEFAULT 'FULL_SYNC_PENDING',
        "syncCursors" jsonb NOT NULL DEFAULT '{}',
        "syncProgress" jsonb,
        "syncStageStartedAt" timestamptz,
        "throttleFailureCount" integer NOT NULL DEFAULT 0,
        "lastSyncError" text,
        "lastSyncAt" timestamptz,
        "lastFullSyncAt" timestamptz,
        "lastIncrementalSyncAt" timestamptz,
        "paymentsUpdatedAfter" timestamptz,
        "authFailedAt" timestamptz,
        "revokedAt" timestamptz,
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        "updatedAt" timestamptz NOT NULL DEFAULT now(),
        UNIQUE ("workspaceId", "whopCompanyId")
      )`);
    await queryRunner.query(`
      CREATE TABLE "core"."whopSyncLog" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "workspaceId" uuid NOT NULL REFERENCES "core"."workspace"("id") ON DELETE CASCADE,
        "connectionId" uuid NOT NULL REFERENCES "core"."whopConnection"("id") ON DELETE CASCADE,
        "type" text NOT NULL,
        "status" text NOT NULL DEFAULT 'running',
        "counts" jsonb NOT NULL DEFAULT '{}',
        "issues" jsonb NOT NULL DEFAULT '[]',
        "issueCount" integer NOT NULL DEFAULT 0,
        "errorMessage" text,
        "startedAt" timestamptz NOT NULL,
        "completedAt" timestamptz,
        "createdAt" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_whopSyncLog_connection_startedAt" ON "core"."whopSyncLog" ("connectionId", "startedAt" DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "core"."whopSyncLog"`);
    await queryRunner.query(`DROP TABLE "core"."whopConnection"`);
  }
}
