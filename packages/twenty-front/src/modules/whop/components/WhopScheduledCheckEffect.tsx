import { useSetAtom } from 'jotai';
import { useEffect } from 'react';

import { whopSyncRequestedAtState } from '@/whop/states/whopSyncRequestedAtState';

type WhopScheduledCheckEffectProps = {
  connectionId: string;
  nextScheduledSyncAt: string;
};

// When the scheduled check's time comes (or has already gone when the page opens), the page
// follows the connection as it does after "Sync changes": the run shows up live, and the time is
// read again rather than left on the page after it has passed.
export const WhopScheduledCheckEffect = ({
  connectionId,
  nextScheduledSyncAt,
}: WhopScheduledCheckEffectProps) => {
  const setSyncRequestedAt = useSetAtom(whopSyncRequestedAtState);

  useEffect(() => {
    const timeout = setTimeout(
      () => setSyncRequestedAt((current) => ({ ...current, [connectionId]: Date.now() })),
      Math.max(0, Date.parse(nextScheduledSyncAt) - Date.now()),
    );

    return () => clearTimeout(timeout);
  }, [connectionId, nextScheduledSyncAt, setSyncRequestedAt]);

  return null;
};
