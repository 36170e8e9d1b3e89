import { type QueryRunner } from 'typeorm';

// A versioned change to every workspace schema. Applied once per workspace, in version order,
// recorded in core.workspaceMigration; never edited once released (add a new one instead).
export type WorkspaceMigration = {
  version: string;
  up: (queryRunner: QueryRunner, schemaName: string) => Promise<void>;
};
