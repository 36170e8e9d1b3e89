import { isDefined } from 'twenty-shared';

import { formatDateTime } from '@/ui/field/display/utils/formatDateTime';
import { formatDuration } from '@/ui/field/display/utils/formatDuration';
import { WHOP_SYNC_PENDING_STALL_MS } from '@/whop/constants/WhopSyncPendingStallMs';

const MINUTE_MS = 60_000;

// What a full sync waiting to start says: since when it waits, and that it usually starts within
// seconds, until it has waited a few minutes (WHOP_SYNC_PENDING_STALL_MS): then how long, in whole
// minutes (the line is announced as it changes), and why: another sync of the company still
// running (the full sync waits its turn), or the sync worker not running.
export const describeWhopQueuedFullSync = (
  fullSyncQueuedAt: string | null,
  now: Date = new Date(),
): string => {
  const queuedSince = isDefined(fullSyncQueuedAt)
    ? `Queued since ${formatDateTime(fullSyncQueuedAt)}. `
    : '';
  const waitedMs = isDefined(fullSyncQueuedAt)
    ? now.getTime() - Date.parse(fullSyncQueuedAt)
    : Number.NaN;

  if (waitedMs >= WHOP_SYNC_PENDING_STALL_MS) {
    return `${queuedSince}It has not started after ${formatDuration(
      Math.floor(waitedMs / MINUTE_MS) * MINUTE_MS,
    )}: another sync of this company may still be running, or the server's sync worker is not running. Once the worker takes it, it imports your products, members, memberships and payments.`;
  }

  return `${queuedSince}The full import starts as soon as the sync worker takes it, usually within seconds, and imports your products, members, memberships and payments.`;
};
