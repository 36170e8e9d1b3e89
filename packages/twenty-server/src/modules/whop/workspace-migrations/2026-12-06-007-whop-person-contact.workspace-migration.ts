import { type WorkspaceMigration } from 'src/engine/workspace-manager/workspace-migrations/workspace-migration.type';

// The email and phone Whop last gave each person (`whopEmail`, `whopPhone`): while a person's email
// or phone is still that one, a new one on Whop replaces it; one the seller set stays. Filled from
// each Whop person as they are, so that they keep following Whop as they did before: an email or
// phone the seller changed before cannot be told from Whop's.
export const whopPersonContactWorkspaceMigration: WorkspaceMigration = {
  version: '2026-12-06-007-whop-person-contact',
  up: async (queryRunner, schema) => {
    await queryRunner.query(`
      ALTER TABLE "${schema}"."person"
        ADD COLUMN "whopEmail" text,
        ADD COLUMN "whopPhone" text`);
    await queryRunner.query(`
      UPDATE "${schema}"."person"
        SET "whopEmail" = "emailsPrimaryEmail", "whopPhone" = "phonesPrimaryPhoneNumber"
        WHERE "whopUserId" IS NOT NULL`);
  },
};
