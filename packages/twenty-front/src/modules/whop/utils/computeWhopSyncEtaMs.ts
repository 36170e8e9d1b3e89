import { isDefined } from 'twenty-shared';

import type { WhopSyncProgress } from '@/whop/types/WhopSyncProgress';
import { getWhopSyncStepRows } from '@/whop/utils/getWhopSyncStepRows';

// Time left at the current rate for the records still expected by the current and later steps.
// Steps without a total (the company, the plans) are small and left out; with no total at all
// (a first sync), there is no estimate.
export const computeWhopSyncEtaMs = (progress: WhopSyncProgress): number | null => {
  const { recordsPerSecond } = progress;

  if (!isDefined(recordsPerSecond) || recordsPerSecond <= 0) {
    return null;
  }

  const remainingRows = getWhopSyncStepRows(progress).filter(
    (row) => row.state !== 'done' && isDefined(row.total),
  );

  if (remainingRows.length === 0) {
    return null;
  }

  const remainingRecords = remainingRows.reduce(
    (sum, row) => sum + Math.max((row.total ?? 0) - row.processed, 0),
    0,
  );

  return (remainingRecords / recordsPerSecond) * 1_000;
};
