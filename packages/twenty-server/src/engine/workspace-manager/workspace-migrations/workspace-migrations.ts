import { standardObjectsWorkspaceMigration } from 'src/engine/workspace-manager/workspace-migrations/2026-11-27-001-standard-objects.workspace-migration';
import { type WorkspaceMigration } from 'src/engine/workspace-manager/workspace-migrations/workspace-migration.type';

// In the order they apply. Modules append theirs here.
export const WORKSPACE_MIGRATIONS: WorkspaceMigration[] = [standardObjectsWorkspaceMigration];
