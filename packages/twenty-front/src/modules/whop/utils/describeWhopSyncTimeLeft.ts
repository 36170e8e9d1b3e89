import { isDefined } from 'twenty-shared';

import { formatDuration } from '@/ui/field/display/utils/formatDuration';
import type { WhopSyncProgress } from '@/whop/types/WhopSyncProgress';
import { computeWhopSyncEtaMs } from '@/whop/utils/computeWhopSyncEtaMs';
import { countWhopSyncRecordsLeft } from '@/whop/utils/countWhopSyncRecordsLeft';
import { isWhopSyncRateSettled } from '@/whop/utils/isWhopSyncRateSettled';

// The "Time left" of a running sync: an estimate once its rate has settled
// (isWhopSyncRateSettled), until then that one is coming. None when the records left are unknown
// (countWhopSyncRecordsLeft): a run with no estimate at all (a first sync) has none yet; one where
// a step ahead has none, or went past its own, cannot be estimated, rather than counting that
// step as nothing left.
export const describeWhopSyncTimeLeft = (
  progress: WhopSyncProgress,
  now: Date = new Date(),
): string => {
  if (!isDefined(countWhopSyncRecordsLeft(progress))) {
    return progress.steps.some(({ total }) => isDefined(total))
      ? "Can't estimate"
      : 'No estimate yet';
  }
  if (!isWhopSyncRateSettled(progress, now)) {
    return 'Estimating…';
  }

  const etaMs = computeWhopSyncEtaMs(progress);

  return isDefined(etaMs) ? `About ${formatDuration(etaMs)}` : 'No estimate yet';
};
