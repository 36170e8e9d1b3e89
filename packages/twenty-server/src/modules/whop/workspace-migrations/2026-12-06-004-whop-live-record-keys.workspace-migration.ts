import { type WorkspaceMigration } from 'src/engine/workspace-manager/workspace-migrations/workspace-migration.type';

// The Whop key of a person, an opportunity, a Whop product and a Whop payment is unique among the
// records not in the trash, as Twenty's unique fields are: a record the seller trashed stays
// there, and the sync writes Whop's anew (or links the one live person with its email) instead of
// failing on the trashed one's key or writing into it. The trashed people and opportunities are
// indexed by key too (a small index), for the sync to move what it wrote under them to the record
// that replaces them (moveWhopChildrenFromTrashed).
const LIVE_RECORD_KEYS = [
  { table: 'person', column: 'whopUserId', trashedIndexed: true },
  { table: 'opportunity', column: 'whopMembershipId', trashedIndexed: true },
  { table: 'whopProduct', column: 'whopId', trashedIndexed: false },
  { table: 'whopPayment', column: 'whopId', trashedIndexed: false },
];

export const whopLiveRecordKeysWorkspaceMigration: WorkspaceMigration = {
  version: '2026-12-06-004-whop-live-record-keys',
  up: async (queryRunner, schema) => {
    for (const { table, column, trashedIndexed } of LIVE_RECORD_KEYS) {
      await queryRunner.query(
        `ALTER TABLE "${schema}"."${table}" DROP CONSTRAINT "${table}_${column}_key"`,
      );
      await queryRunner.query(
        `CREATE UNIQUE INDEX "IDX_UNIQUE_${table}_${column}" ON "${schema}"."${table}" ("${column}")
         WHERE "deletedAt" IS NULL`,
      );
      if (trashedIndexed) {
        await queryRunner.query(
          `CREATE INDEX "IDX_TRASHED_${table}_${column}" ON "${schema}"."${table}" ("${column}")
           WHERE "deletedAt" IS NOT NULL`,
        );
      }
    }
  },
};
