import type { WhopConnection } from '@/whop/types/WhopConnection';
import type { WhopSyncProgress } from '@/whop/types/WhopSyncProgress';
import type { WhopSyncRequest } from '@/whop/types/WhopSyncRequest';

// A request as the connection stands before its run: read before the server queues it, so that a
// run quick enough to end before the page reads the connection again still shows as a change.
export const buildWhopSyncRequest = (
  {
    lastFullSyncAt,
    lastIncrementalSyncAt,
    lastSyncError,
    syncProgress,
  }: Pick<WhopConnection, 'lastFullSyncAt' | 'lastIncrementalSyncAt' | 'lastSyncError'> & {
    syncProgress: Pick<WhopSyncProgress, 'startedAt'> | null;
  },
  type: WhopSyncRequest['type'],
  requestedAt: number = Date.now(),
): WhopSyncRequest => ({
  type,
  requestedAt,
  hasTimedOut: false,
  lastFullSyncAt,
  lastIncrementalSyncAt,
  lastSyncError,
  runStartedAt: syncProgress?.startedAt ?? null,
});
