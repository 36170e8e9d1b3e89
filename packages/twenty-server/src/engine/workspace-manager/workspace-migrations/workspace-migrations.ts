import { standardObjectsWorkspaceMigration } from 'src/engine/workspace-manager/workspace-migrations/2026-11-27-001-standard-objects.workspace-migration';
import { activityTargetIndexesWorkspaceMigration } from 'src/engine/workspace-manager/workspace-migrations/2026-12-06-003-activity-target-indexes.workspace-migration';
import { type WorkspaceMigration } from 'src/engine/workspace-manager/workspace-migrations/workspace-migration.type';
import { whopObjectsWorkspaceMigration } from 'src/modules/whop/workspace-migrations/2026-11-28-001-whop-objects.workspace-migration';
import { whopPaymentAttemptsWorkspaceMigration } from 'src/modules/whop/workspace-migrations/2026-12-05-001-whop-payment-attempts.workspace-migration';
import { whopPersonNameWorkspaceMigration } from 'src/modules/whop/workspace-migrations/2026-12-06-001-whop-person-name.workspace-migration';
import { whopReportedMembershipStatusWorkspaceMigration } from 'src/modules/whop/workspace-migrations/2026-12-06-002-whop-reported-membership-status.workspace-migration';
import { whopLiveRecordKeysWorkspaceMigration } from 'src/modules/whop/workspace-migrations/2026-12-06-004-whop-live-record-keys.workspace-migration';
import { whopFollowUpTaskStateWorkspaceMigration } from 'src/modules/whop/workspace-migrations/2026-12-06-005-whop-follow-up-task-state.workspace-migration';
import { whopExpiryEventKeysWorkspaceMigration } from 'src/modules/whop/workspace-migrations/2026-12-06-006-whop-expiry-event-keys.workspace-migration';
import { whopPersonContactWorkspaceMigration } from 'src/modules/whop/workspace-migrations/2026-12-06-007-whop-person-contact.workspace-migration';
import { whopPersonVersionWorkspaceMigration } from 'src/modules/whop/workspace-migrations/2026-12-07-001-whop-person-version.workspace-migration';
import { whopFollowUpClosedAtWorkspaceMigration } from 'src/modules/whop/workspace-migrations/2026-12-07-002-whop-follow-up-closed-at.workspace-migration';

// In the order they apply. Modules append theirs here.
export const WORKSPACE_MIGRATIONS: WorkspaceMigration[] = [
  standardObjectsWorkspaceMigration,
  whopObjectsWorkspaceMigration,
  whopPaymentAttemptsWorkspaceMigration,
  whopPersonNameWorkspaceMigration,
  whopReportedMembershipStatusWorkspaceMigration,
  activityTargetIndexesWorkspaceMigration,
  whopLiveRecordKeysWorkspaceMigration,
  whopFollowUpTaskStateWorkspaceMigration,
  whopExpiryEventKeysWorkspaceMigration,
  whopPersonContactWorkspaceMigration,
  whopPersonVersionWorkspaceMigration,
  whopFollowUpClosedAtWorkspaceMigration,
];
