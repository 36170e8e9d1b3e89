import { isDefined } from 'twenty-shared';

import type { WhopSyncProgress } from '@/whop/types/WhopSyncProgress';
import { countWhopSyncRecordsLeft } from '@/whop/utils/countWhopSyncRecordsLeft';

// Time left at the current rate for the records still expected (countWhopSyncRecordsLeft); none
// without a rate, or without any total ahead (a first sync).
export const computeWhopSyncEtaMs = (progress: WhopSyncProgress): number | null => {
  const { recordsPerSecond } = progress;

  if (!isDefined(recordsPerSecond) || recordsPerSecond <= 0) {
    return null;
  }

  const recordsLeft = countWhopSyncRecordsLeft(progress);

  return isDefined(recordsLeft) ? (recordsLeft / recordsPerSecond) * 1_000 : null;
};
