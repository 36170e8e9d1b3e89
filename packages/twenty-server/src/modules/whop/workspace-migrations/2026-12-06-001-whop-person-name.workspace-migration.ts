import { type WorkspaceMigration } from 'src/engine/workspace-manager/workspace-migrations/workspace-migration.type';

// The name Whop last gave each person (`whopName`, split as `name` is): while a person's name is
// still that one, a new name on Whop replaces it; a name the seller set stays. People synced before
// get it at their next sync; a name that differs from Whop's by then (the seller's, or a rename the
// sync did not follow before) stays as it is.
export const whopPersonNameWorkspaceMigration: WorkspaceMigration = {
  version: '2026-12-06-001-whop-person-name',
  up: async (queryRunner, schema) => {
    await queryRunner.query(`
      ALTER TABLE "${schema}"."person"
        ADD COLUMN "whopNameFirstName" text,
        ADD COLUMN "whopNameLastName" text`);
  },
};
