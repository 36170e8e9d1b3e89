import { isDefined } from 'twenty-shared';

import type { WhopSyncProgress } from '@/whop/types/WhopSyncProgress';
import { getWhopSyncStepRows } from '@/whop/utils/getWhopSyncStepRows';

// The records still expected by the current and later steps. Steps without a total (the company,
// the plans) are small and left out; with no total at all (a first sync), the count is unknown.
export const countWhopSyncRecordsLeft = (
  progress: Pick<WhopSyncProgress, 'step' | 'steps'>,
): number | null => {
  const remainingRows = getWhopSyncStepRows(progress).filter(
    (row) => row.state !== 'done' && isDefined(row.total),
  );

  if (remainingRows.length === 0) {
    return null;
  }

  return remainingRows.reduce((sum, row) => sum + Math.max((row.total ?? 0) - row.processed, 0), 0);
};
