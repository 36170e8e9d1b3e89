import { formatDateTime } from '@/ui/field/display/utils/formatDateTime';
import { formatTime } from '@/ui/field/display/utils/formatTime';

const isSameDay = (first: Date, second: Date) => first.toDateString() === second.toDateString();

// When the next attempt of a waiting sync is due: the time of day ("10:31 AM"), with the date
// only when it is not today's.
export const formatWhopSyncRetryTime = (nextSyncRetryAt: string, now: Date = new Date()): string =>
  isSameDay(new Date(nextSyncRetryAt), now)
    ? formatTime(nextSyncRetryAt)
    : formatDateTime(nextSyncRetryAt);
