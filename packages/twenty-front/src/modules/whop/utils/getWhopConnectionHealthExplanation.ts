import { isDefined } from 'twenty-shared';

import { formatDate } from '@/ui/field/display/utils/formatDate';
import { formatWhopSyncInterval } from '@/whop/utils/formatWhopSyncInterval';
import type { WhopConnection } from '@/whop/types/WhopConnection';
import type { WhopConnectionHealth } from '@/whop/types/WhopConnectionHealth';

// What the status means for the seller's data, and what (if anything) they should do.
export const getWhopConnectionHealthExplanation = (
  connection: Pick<
    WhopConnection,
    | 'syncStatus'
    | 'syncStage'
    | 'authFailedAt'
    | 'revokedAt'
    | 'syncIntervalMinutes'
    | 'lastFullSyncAt'
  >,
  health: WhopConnectionHealth,
): string => {
  switch (health) {
    case 'active':
      // Whop's webhook deliveries are not processed yet: what changed on Whop arrives with the
      // scheduled check, when the server runs one, and with Sync changes.
      return isDefined(connection.syncIntervalMinutes)
        ? `Connected. Whop is checked for changes ${formatWhopSyncInterval(connection.syncIntervalMinutes)}; Sync changes brings them in now.`
        : 'Connected. Whop is not checked on a schedule: Sync changes brings in what changed on Whop.';
    case 'syncing':
      return connection.syncStage === 'FULL_SYNC_PENDING'
        ? 'A full sync is queued. You can leave this page: it runs on the server.'
        : 'Importing from Whop. You can leave this page: the sync keeps running on the server.';
    case 'stalled':
      return "This sync has stopped making progress: the server's sync worker may be stopped, or busy with another sync. It goes on from where it stopped once the worker takes it up again; nothing already imported is lost.";
    case 'retrying':
      return 'An attempt of this sync failed: it is paused until its next try, and resumes by itself. You can leave this page.';
    case 'needs_reauth':
      return `Whop no longer accepts this connection${
        isDefined(connection.authFailedAt) ? ` (since ${formatDate(connection.authFailedAt)})` : ''
      }. Syncing is paused until you reconnect; nothing already imported is lost.`;
    case 'revoked':
      return `Disconnected${
        isDefined(connection.revokedAt) ? ` on ${formatDate(connection.revokedAt)}` : ''
      }. The customers, memberships and payments synced before stay in your CRM. Connect again to resume syncing.`;
    case 'failed':
      if (connection.syncStatus === 'FAILED_INSUFFICIENT_PERMISSIONS') {
        return 'The Whop app is missing a permission it needs. Grant it in Whop, then reconnect.';
      }
      // Once a full sync has completed, bringing in what changed is enough to catch up.
      if (!isDefined(connection.lastFullSyncAt)) {
        return 'The last sync stopped before finishing. Records already imported are safe; run a full resync to try again.';
      }

      return `The last sync stopped before finishing. Records already imported are safe; try again to bring in what changed${
        isDefined(connection.syncIntervalMinutes)
          ? ` (the check ${formatWhopSyncInterval(connection.syncIntervalMinutes)} also does)`
          : ''
      }.`;
  }
};
