import { isDefined } from 'twenty-shared';

import { WHOP_SYNC_INTERVAL_MINUTES } from '@/whop/constants/WhopSyncIntervalMinutes';

// The hourly reconcile runs about an interval after the last sync; the queue decides the minute.
export const getWhopNextScheduledSyncAt = (lastSyncAt: string | null): string | null => {
  if (!isDefined(lastSyncAt)) {
    return null;
  }

  const lastSyncTime = Date.parse(lastSyncAt);

  return Number.isNaN(lastSyncTime)
    ? null
    : new Date(lastSyncTime + WHOP_SYNC_INTERVAL_MINUTES * 60_000).toISOString();
};
