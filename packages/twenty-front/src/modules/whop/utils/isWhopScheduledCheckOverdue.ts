import { WHOP_SYNC_FOLLOW_WINDOW_MS } from '@/whop/constants/WhopSyncFollowWindowMs';

// Whether the scheduled check has not run for longer than the page follows a due one: no worker
// took it, and what the page shows may be that old. Once the follow window has passed, the page
// says the check has not run rather than "up to date".
export const isWhopScheduledCheckOverdue = (
  nextScheduledSyncAt: string,
  now: Date = new Date(),
): boolean => Date.parse(nextScheduledSyncAt) + WHOP_SYNC_FOLLOW_WINDOW_MS <= now.getTime();
