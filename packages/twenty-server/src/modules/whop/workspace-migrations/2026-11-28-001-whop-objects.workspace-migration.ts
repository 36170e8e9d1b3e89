import { WORKSPACE_BASE_COLUMNS_SQL } from 'src/engine/workspace-manager/workspace-migrations/workspace-base-columns.constant';
import { type WorkspaceMigration } from 'src/engine/workspace-manager/workspace-migrations/workspace-migration.type';

// The Whop objects (whopProduct, whopPayment) and the integration's fields on person,
// opportunity, note, task and timelineActivity, with a unique index on every Whop id.
export const whopObjectsWorkspaceMigration: WorkspaceMigration = {
  version: '2026-11-28-001-whop-objects',
  up: async (queryRunner, schema) => {
    const s = `"${schema}"`;

    await queryRunner.query(`
      CREATE TABLE ${s}."whopProduct" (${WORKSPACE_BASE_COLUMNS_SQL},
        "whopId" text NOT NULL UNIQUE,
        "name" text NOT NULL DEFAULT '',
        "description" text,
        "visibility" text,
        "memberCount" integer,
        "whopCreatedAt" timestamptz,
        "whopUpdatedAt" timestamptz,
        "syncedAt" timestamptz
      )`);
    await queryRunner.query(`
      ALTER TABLE ${s}."person"
        ADD COLUMN "whopUserId" text UNIQUE,
        ADD COLUMN "whopMemberId" text,
        ADD COLUMN "whopUsername" text,
        ADD COLUMN "whopProfilePicUrl" text,
        ADD COLUMN "whopCreatedAt" timestamptz,
        ADD COLUMN "whopSyncedAt" timestamptz,
        ADD COLUMN "whopLifetimeValueAmountMicros" numeric(24, 0),
        ADD COLUMN "whopLifetimeValueCurrencyCode" text,
        ADD COLUMN "whopLifetimeValues" jsonb,
        ADD COLUMN "whopActiveMemberships" integer NOT NULL DEFAULT 0`);
    await queryRunner.query(`
      ALTER TABLE ${s}."opportunity"
        ADD COLUMN "whopMembershipId" text UNIQUE,
        ADD COLUMN "whopMembershipStatus" text,
        ADD COLUMN "whopProductId" uuid REFERENCES ${s}."whopProduct"("id") ON DELETE SET NULL,
        ADD COLUMN "whopPlanId" text,
        ADD COLUMN "whopUserId" text,
        ADD COLUMN "whopRenewalDate" timestamptz,
        ADD COLUMN "whopLastPaymentDate" timestamptz,
        ADD COLUMN "whopCancelAtPeriodEnd" boolean,
        ADD COLUMN "whopMrrAmountMicros" numeric(24, 0),
        ADD COLUMN "whopMrrCurrencyCode" text,
        ADD COLUMN "whopUpdatedAt" timestamptz,
        ADD COLUMN "whopSyncedAt" timestamptz`);
    await queryRunner.query(`CREATE INDEX ON ${s}."opportunity" ("whopMembershipStatus")`);
    await queryRunner.query(`CREATE INDEX ON ${s}."opportunity" ("whopUserId")`);
    await queryRunner.query(`
      CREATE TABLE ${s}."whopPayment" (${WORKSPACE_BASE_COLUMNS_SQL},
        "whopId" text NOT NULL UNIQUE,
        "amountAmountMicros" numeric(24, 0),
        "amountCurrencyCode" text,
        "status" text,
        "substatus" text,
        "billingReason" text,
        "paidAt" timestamptz,
        "refundedAmountAmountMicros" numeric(24, 0),
        "refundedAmountCurrencyCode" text,
        "refundedAt" timestamptz,
        "failureMessage" text,
        "personId" uuid REFERENCES ${s}."person"("id") ON DELETE SET NULL,
        "opportunityId" uuid REFERENCES ${s}."opportunity"("id") ON DELETE SET NULL,
        "whopProductId" uuid REFERENCES ${s}."whopProduct"("id") ON DELETE SET NULL,
        "whopMembershipId" text,
        "whopUserId" text,
        "whopPlanId" text,
        "whopCreatedAt" timestamptz,
        "whopUpdatedAt" timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX ON ${s}."whopPayment" ("personId")`);
    await queryRunner.query(
      `CREATE INDEX ON ${s}."whopPayment" ("whopMembershipId", "whopCreatedAt")`,
    );
    await queryRunner.query(
      `ALTER TABLE ${s}."timelineActivity" ADD COLUMN "whopEventKey" text UNIQUE`,
    );
    await queryRunner.query(`ALTER TABLE ${s}."task" ADD COLUMN "whopFollowUpKey" text UNIQUE`);
    await queryRunner.query(`ALTER TABLE ${s}."note" ADD COLUMN "whopNoteKey" text UNIQUE`);
  },
};
