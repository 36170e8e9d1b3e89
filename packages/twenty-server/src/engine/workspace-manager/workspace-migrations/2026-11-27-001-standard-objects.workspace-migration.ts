import { WORKSPACE_BASE_COLUMNS_SQL } from 'src/engine/workspace-manager/workspace-migrations/workspace-base-columns.constant';
import { type WorkspaceMigration } from 'src/engine/workspace-manager/workspace-migrations/workspace-migration.type';

export const standardObjectsWorkspaceMigration: WorkspaceMigration = {
  version: '2026-11-27-001-standard-objects',
  up: async (queryRunner, schema) => {
    const s = `"${schema}"`;

    await queryRunner.query(`
      CREATE TABLE ${s}."company" (${WORKSPACE_BASE_COLUMNS_SQL},
        "name" text NOT NULL DEFAULT '',
        "domainNamePrimaryLinkUrl" text,
        "domainNamePrimaryLinkLabel" text,
        "employees" integer
      )`);
    await queryRunner.query(`
      CREATE TABLE ${s}."person" (${WORKSPACE_BASE_COLUMNS_SQL},
        "nameFirstName" text NOT NULL DEFAULT '',
        "nameLastName" text NOT NULL DEFAULT '',
        "emailsPrimaryEmail" text,
        "emailsAdditionalEmails" jsonb,
        "phonesPrimaryPhoneNumber" text,
        "phonesPrimaryPhoneCountryCode" text,
        "jobTitle" text,
        "city" text,
        "avatarUrl" text,
        "companyId" uuid REFERENCES ${s}."company"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(`CREATE INDEX ON ${s}."person" (lower("emailsPrimaryEmail"))`);
    await queryRunner.query(`CREATE INDEX ON ${s}."person" ("createdAt", "id")`);
    await queryRunner.query(`
      CREATE TABLE ${s}."opportunity" (${WORKSPACE_BASE_COLUMNS_SQL},
        "name" text NOT NULL DEFAULT '',
        "amountAmountMicros" numeric(24, 0),
        "amountCurrencyCode" text,
        "closeDate" timestamptz,
        "stage" text NOT NULL DEFAULT 'NEW',
        "pointOfContactId" uuid REFERENCES ${s}."person"("id") ON DELETE SET NULL,
        "companyId" uuid REFERENCES ${s}."company"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(`CREATE INDEX ON ${s}."opportunity" ("pointOfContactId")`);
    await queryRunner.query(`
      CREATE TABLE ${s}."note" (${WORKSPACE_BASE_COLUMNS_SQL},
        "title" text,
        "bodyV2Markdown" text
      )`);
    await queryRunner.query(`
      CREATE TABLE ${s}."noteTarget" (${WORKSPACE_BASE_COLUMNS_SQL},
        "noteId" uuid NOT NULL REFERENCES ${s}."note"("id") ON DELETE CASCADE,
        "personId" uuid REFERENCES ${s}."person"("id") ON DELETE CASCADE,
        "companyId" uuid REFERENCES ${s}."company"("id") ON DELETE CASCADE,
        "opportunityId" uuid REFERENCES ${s}."opportunity"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE ${s}."task" (${WORKSPACE_BASE_COLUMNS_SQL},
        "title" text,
        "bodyV2Markdown" text,
        "status" text NOT NULL DEFAULT 'TODO',
        "dueAt" timestamptz,
        "assigneeId" uuid
      )`);
    await queryRunner.query(`
      CREATE TABLE ${s}."taskTarget" (${WORKSPACE_BASE_COLUMNS_SQL},
        "taskId" uuid NOT NULL REFERENCES ${s}."task"("id") ON DELETE CASCADE,
        "personId" uuid REFERENCES ${s}."person"("id") ON DELETE CASCADE,
        "companyId" uuid REFERENCES ${s}."company"("id") ON DELETE CASCADE,
        "opportunityId" uuid REFERENCES ${s}."opportunity"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE ${s}."timelineActivity" (${WORKSPACE_BASE_COLUMNS_SQL},
        "name" text NOT NULL,
        "happensAt" timestamptz NOT NULL DEFAULT now(),
        "properties" jsonb,
        "targetPersonId" uuid REFERENCES ${s}."person"("id") ON DELETE CASCADE,
        "targetCompanyId" uuid REFERENCES ${s}."company"("id") ON DELETE CASCADE,
        "targetOpportunityId" uuid REFERENCES ${s}."opportunity"("id") ON DELETE CASCADE,
        "linkedRecordId" uuid,
        "linkedRecordCachedName" text
      )`);
    await queryRunner.query(
      `CREATE INDEX ON ${s}."timelineActivity" ("targetPersonId", "happensAt")`,
    );
    await queryRunner.query(
      `CREATE INDEX ON ${s}."timelineActivity" ("targetOpportunityId", "happensAt")`,
    );
  },
};
