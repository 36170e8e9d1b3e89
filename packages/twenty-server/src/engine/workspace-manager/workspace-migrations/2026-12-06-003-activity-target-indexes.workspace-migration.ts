import { type WorkspaceMigration } from 'src/engine/workspace-manager/workspace-migrations/workspace-migration.type';

const TARGET_TABLES = [
  { table: 'noteTarget', activityColumn: 'noteId' },
  { table: 'taskTarget', activityColumn: 'taskId' },
];

// An index on each relation of the note and task targets, as Twenty has: a record's page lists its
// notes and tasks by the record's id, and deleting a record (or an activity) finds its targets to
// cascade, without reading the whole table (130,000 note targets at 100,000 Whop members).
export const activityTargetIndexesWorkspaceMigration: WorkspaceMigration = {
  version: '2026-12-06-003-activity-target-indexes',
  up: async (queryRunner, schema) => {
    for (const { table, activityColumn } of TARGET_TABLES) {
      for (const column of [activityColumn, 'personId', 'companyId', 'opportunityId']) {
        await queryRunner.query(`CREATE INDEX ON "${schema}"."${table}" ("${column}")`);
      }
    }
  },
};
