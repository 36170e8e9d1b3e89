import { Callout } from '@/ui/feedback/components/Callout';
import { useNow } from '@/ui/utilities/hooks/useNow';
import { WHOP_SYNC_RETRY_CLOCK_INTERVAL_MS } from '@/whop/constants/WhopSyncRetryClockIntervalMs';
import type { WhopConnection } from '@/whop/types/WhopConnection';
import { describeWhopSyncNextRetry } from '@/whop/utils/describeWhopSyncNextRetry';

type WhopSyncRetryCalloutProps = {
  connection: Pick<WhopConnection, 'lastSyncError' | 'throttleFailureCount'>;
  nextSyncRetryAt: string;
};

// A sync between two attempts: what failed, how many attempts did, and when the next one is due,
// counted down on a clock of its own.
export const WhopSyncRetryCallout = ({
  connection,
  nextSyncRetryAt,
}: WhopSyncRetryCalloutProps) => {
  const now = useNow(WHOP_SYNC_RETRY_CLOCK_INTERVAL_MS);

  return (
    <Callout variant="warning" title="This sync is waiting to retry">
      <p>{connection.lastSyncError ?? 'The last attempt failed.'}</p>
      <p>
        {describeWhopSyncNextRetry(
          { nextSyncRetryAt, throttleFailureCount: connection.throttleFailureCount },
          now,
        )}
      </p>
    </Callout>
  );
};
