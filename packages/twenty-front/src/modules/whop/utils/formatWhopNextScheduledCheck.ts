import { formatDateTime } from '@/ui/field/display/utils/formatDateTime';

// When the queue runs the scheduled reconcile next. A time already gone (read again once it has
// passed) means no queue worker has taken the run yet: the check is due, not done.
export const formatWhopNextScheduledCheck = (
  nextScheduledSyncAt: string,
  now: Date = new Date(),
): string =>
  Date.parse(nextScheduledSyncAt) > now.getTime()
    ? formatDateTime(nextScheduledSyncAt)
    : `Due since ${formatDateTime(nextScheduledSyncAt)}`;
