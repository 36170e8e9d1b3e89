import { isDefined } from 'twenty-shared';

import type { WhopConnection } from '@/whop/types/WhopConnection';

// How changes made on Whop reach the CRM while the server does not process webhook deliveries:
// with the scheduled check when the server runs one (every `syncIntervalMinutes`), and with
// Sync changes; for a connection that is not active (Whop refused its tokens), not at all until
// it is reconnected, as neither runs for it.
export const describeWhopChangesArrival = ({
  status,
  syncIntervalMinutes,
}: Pick<WhopConnection, 'status' | 'syncIntervalMinutes'>): string => {
  if (status !== 'active') return 'no changes arrive until Whop is reconnected';

  return isDefined(syncIntervalMinutes)
    ? 'changes arrive with the scheduled check and with Sync changes'
    : 'changes arrive only with Sync changes';
};
