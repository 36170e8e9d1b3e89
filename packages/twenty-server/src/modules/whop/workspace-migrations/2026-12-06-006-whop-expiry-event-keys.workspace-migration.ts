import { type WorkspaceMigration } from 'src/engine/workspace-manager/workspace-migrations/workspace-migration.type';

// A membership's "expired" timeline entry and note are keyed by the period that ran out
// (`whop:membership.expired:<membership>:<renewal_period_end>`), so a membership Whop brings back
// and that expires again gets a second one. The keys written before carry no period: each gets the
// period end its opportunity holds (`whopRenewalDate`, Whop's renewal_period_end), the key the sync
// now gives the same event; one without a period end keeps its key, as the sync's does.
const EXPIRED_KEY_PREFIX = 'whop:membership.expired:';

const rekey = (schema: string, table: 'timelineActivity' | 'note', keyColumn: string) => `
  UPDATE "${schema}"."${table}" AS "event"
    SET "${keyColumn}" = "event"."${keyColumn}" || ':' ||
      to_char("opportunity"."whopRenewalDate" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
    FROM "${schema}"."opportunity" AS "opportunity"
    WHERE "event"."${keyColumn}" = '${EXPIRED_KEY_PREFIX}' || "opportunity"."whopMembershipId"
      AND "opportunity"."whopRenewalDate" IS NOT NULL`;

export const whopExpiryEventKeysWorkspaceMigration: WorkspaceMigration = {
  version: '2026-12-06-006-whop-expiry-event-keys',
  up: async (queryRunner, schema) => {
    await queryRunner.query(rekey(schema, 'timelineActivity', 'whopEventKey'));
    await queryRunner.query(rekey(schema, 'note', 'whopNoteKey'));
  },
};
