import { isDefined } from 'twenty-shared';

import { WHOP_SYNC_ESTIMATED_STEPS } from '@/whop/constants/WhopSyncEstimatedSteps';
import type { WhopSyncProgress } from '@/whop/types/WhopSyncProgress';
import { getWhopSyncStepRows } from '@/whop/utils/getWhopSyncStepRows';
import { isWhopSyncStepPastEstimate } from '@/whop/utils/isWhopSyncStepPastEstimate';

// The records still expected by the current and later steps. The steps never estimated (the
// company, the plans, the totals) are short and left out. The count is unknown (null) while a step
// ahead that can be estimated has no estimate in this run (a first sync, or the payments of a sync
// of changes), or has gone past its estimate: the rest would be counted as nothing.
export const countWhopSyncRecordsLeft = (
  progress: Pick<WhopSyncProgress, 'step' | 'steps'>,
): number | null => {
  const remainingRows = getWhopSyncStepRows(progress).filter(
    (row) => row.state !== 'done' && WHOP_SYNC_ESTIMATED_STEPS.includes(row.step),
  );

  if (
    remainingRows.length === 0 ||
    remainingRows.some((row) => !isDefined(row.total) || isWhopSyncStepPastEstimate(row))
  ) {
    return null;
  }

  return remainingRows.reduce((sum, row) => sum + (row.total ?? 0) - row.processed, 0);
};
