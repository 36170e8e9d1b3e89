import { useNow } from '@/ui/utilities/hooks/useNow';
import { WHOP_SYNC_PENDING_CLOCK_INTERVAL_MS } from '@/whop/constants/WhopSyncPendingClockIntervalMs';
import { describeWhopQueuedFullSync } from '@/whop/utils/describeWhopQueuedFullSync';

type WhopQueuedFullSyncDescriptionProps = {
  fullSyncQueuedAt: string | null;
};

// The line under "Waiting to start", on a clock of its own: polls bring nothing new while the full
// sync waits, and it says so once the wait has gone on for minutes.
export const WhopQueuedFullSyncDescription = ({
  fullSyncQueuedAt,
}: WhopQueuedFullSyncDescriptionProps) => {
  const now = useNow(WHOP_SYNC_PENDING_CLOCK_INTERVAL_MS);

  return describeWhopQueuedFullSync(fullSyncQueuedAt, now);
};
