import { formatDuration } from '@/ui/field/display/utils/formatDuration';
import { formatNumber } from '@/ui/field/display/utils/formatNumber';
import type { WhopConnection } from '@/whop/types/WhopConnection';
import { formatWhopSyncRetryTime } from '@/whop/utils/formatWhopSyncRetryTime';

const MINUTE_MS = 60_000;

const describeFailedAttempts = (count: number) =>
  count > 0 ? `${formatNumber(count)} ${count === 1 ? 'attempt' : 'attempts'} failed so far. ` : '';

// In whole minutes: the line sits in a callout screen readers announce, and a count of seconds
// would be read out every second.
const describeTimeLeft = (timeLeftMs: number) =>
  timeLeftMs < MINUTE_MS
    ? 'less than a minute'
    : `about ${formatDuration(Math.round(timeLeftMs / MINUTE_MS) * MINUTE_MS)}`;

// "3 attempts failed so far. Next try at 10:31 AM (in about 2 min)." for a sync waiting between
// two attempts. Once the time has come, the queue worker (maybe busy) has not taken the attempt
// yet: it is due, not done.
export const describeWhopSyncNextRetry = (
  {
    nextSyncRetryAt,
    throttleFailureCount,
  }: Pick<WhopConnection, 'throttleFailureCount'> & { nextSyncRetryAt: string },
  now: Date = new Date(),
): string => {
  const timeLeftMs = Date.parse(nextSyncRetryAt) - now.getTime();
  // A time that cannot be read is not counted down either.
  const nextTry =
    timeLeftMs > 0
      ? `Next try at ${formatWhopSyncRetryTime(nextSyncRetryAt, now)} (in ${describeTimeLeft(timeLeftMs)}).`
      : 'Next try any moment now.';

  return `${describeFailedAttempts(throttleFailureCount)}${nextTry}`;
};
