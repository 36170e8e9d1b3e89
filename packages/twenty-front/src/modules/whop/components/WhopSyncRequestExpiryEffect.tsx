import { useSetAtom } from 'jotai';
import { useEffect } from 'react';

import { WHOP_SYNC_FOLLOW_WINDOW_MS } from '@/whop/constants/WhopSyncFollowWindowMs';
import { whopSyncRequestedAtState } from '@/whop/states/whopSyncRequestedAtState';

type WhopSyncRequestExpiryEffectProps = {
  connectionId: string;
  requestedAt: number;
};

// Forgets a sync request once its follow window has passed, so that polling stops at rest.
export const WhopSyncRequestExpiryEffect = ({
  connectionId,
  requestedAt,
}: WhopSyncRequestExpiryEffectProps) => {
  const setSyncRequestedAt = useSetAtom(whopSyncRequestedAtState);

  useEffect(() => {
    const timeout = setTimeout(
      () =>
        setSyncRequestedAt((current) => {
          if (current[connectionId] !== requestedAt) return current;
          const { [connectionId]: _expired, ...rest } = current;

          return rest;
        }),
      Math.max(0, requestedAt + WHOP_SYNC_FOLLOW_WINDOW_MS - Date.now()),
    );

    return () => clearTimeout(timeout);
  }, [connectionId, requestedAt, setSyncRequestedAt]);

  return null;
};
