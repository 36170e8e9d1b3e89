import { isDefined } from 'twenty-shared';

import { WHOP_SYNC_ESTIMATE_MIN_ELAPSED_MS } from '@/whop/constants/WhopSyncEstimateMinElapsedMs';
import { WHOP_SYNC_ESTIMATE_MIN_RECORDS } from '@/whop/constants/WhopSyncEstimateMinRecords';
import type { WhopSyncProgress } from '@/whop/types/WhopSyncProgress';

// Whether a running sync's rate says something about the rest of the run: once it has written
// enough records over enough time. `now` is when its figures were read, the page's clock against
// the server's start time: a clock a few seconds off only moves the moment by as much.
export const isWhopSyncRateSettled = (
  progress: Pick<WhopSyncProgress, 'steps' | 'startedAt'>,
  now: Date = new Date(),
): boolean => {
  if (!isDefined(progress.startedAt)) {
    return false;
  }

  const processed = progress.steps.reduce((sum, step) => sum + step.processed, 0);
  const elapsedMs = now.getTime() - Date.parse(progress.startedAt);

  return (
    processed >= WHOP_SYNC_ESTIMATE_MIN_RECORDS && elapsedMs >= WHOP_SYNC_ESTIMATE_MIN_ELAPSED_MS
  );
};
