import { isDefined } from 'twenty-shared';

import type { WhopConnection } from '@/whop/types/WhopConnection';
import { getWhopSyncPhase } from '@/whop/utils/getWhopSyncPhase';

// A running sync between two attempts: the last one failed and the queue tries again at
// nextSyncRetryAt. A Whop call retried within an attempt sets lastSyncError only: the attempt
// still runs.
export const isWhopSyncWaitingToRetry = (
  connection: Pick<WhopConnection, 'status' | 'syncStatus' | 'syncStage' | 'nextSyncRetryAt'>,
): boolean => getWhopSyncPhase(connection) === 'ongoing' && isDefined(connection.nextSyncRetryAt);
