import { isDefined } from 'twenty-shared';

import { WHOP_SYNC_ESTIMATE_MIN_ELAPSED_MS } from '@/whop/constants/WhopSyncEstimateMinElapsedMs';
import { WHOP_SYNC_ESTIMATE_MIN_RECORDS } from '@/whop/constants/WhopSyncEstimateMinRecords';
import type { WhopSyncProgress } from '@/whop/types/WhopSyncProgress';

// Whether a running sync's rate says something about the rest of the run: once it has written
// enough records over enough time, counted from where the server measures the rate (the attempt
// that resumed the run, else its start), so that a resumed run's first page is no sample either.
// `now` is when its figures were read, the page's clock against the server's: a clock a few
// seconds off only moves the moment by as much.
export const isWhopSyncRateSettled = (
  progress: Pick<WhopSyncProgress, 'steps' | 'startedAt' | 'rateSince'>,
  now: Date = new Date(),
): boolean => {
  const since = progress.rateSince ?? { at: progress.startedAt, processed: 0 };

  if (!isDefined(since.at)) {
    return false;
  }

  const processed = progress.steps.reduce((sum, step) => sum + step.processed, 0) - since.processed;
  const elapsedMs = now.getTime() - Date.parse(since.at);

  return (
    processed >= WHOP_SYNC_ESTIMATE_MIN_RECORDS && elapsedMs >= WHOP_SYNC_ESTIMATE_MIN_ELAPSED_MS
  );
};
