import { type WorkspaceMigration } from 'src/engine/workspace-manager/workspace-migrations/workspace-migration.type';

// The version (`updated_at`) of the Whop member a person's details were last taken from
// (`whopUpdatedAt`), so that an older version of that member never puts back what a newer one
// replaced. Left empty: a person's next sync fills it, and until then nothing is refused.
export const whopPersonVersionWorkspaceMigration: WorkspaceMigration = {
  version: '2026-12-07-001-whop-person-version',
  up: async (queryRunner, schema) => {
    await queryRunner.query(
      `ALTER TABLE "${schema}"."person" ADD COLUMN "whopUpdatedAt" timestamptz`,
    );
  },
};
