import { NetworkStatus, useQuery } from '@apollo/client';
import { useEffect } from 'react';

import { WHOP_SYNC_POLL_INTERVAL_MS } from '@/whop/constants/WhopSyncPollIntervalMs';
import { FIND_ONE_WHOP_CONNECTION } from '@/whop/graphql/queries/findOneWhopConnection';

type WhopConnectionPollingEffectProps = {
  connectionId: string;
  // Told whether the last poll failed: the page then says its figures are as of the connection's
  // last successful read (its `readAt`).
  onStaleChange: (isStale: boolean) => void;
};

// Re-reads the connection every 2 s while mounted (not while the tab is hidden); the cache
// carries each answer to every view of the connection. Apollo keeps polling after a failed poll
// but the cache keeps the last answer: the page must say the figures are no longer live.
export const WhopConnectionPollingEffect = ({
  connectionId,
  onStaleChange,
}: WhopConnectionPollingEffectProps) => {
  const { networkStatus } = useQuery(FIND_ONE_WHOP_CONNECTION, {
    variables: { id: connectionId },
    pollInterval: WHOP_SYNC_POLL_INTERVAL_MS,
    skipPollAttempt: () => document.visibilityState === 'hidden',
    // Each poll then ends in `ready` or `error`, even when its answer changes nothing.
    notifyOnNetworkStatusChange: true,
  });

  useEffect(() => {
    if (networkStatus === NetworkStatus.ready) {
      onStaleChange(false);
    } else if (networkStatus === NetworkStatus.error) {
      onStaleChange(true);
    }
  }, [networkStatus, onStaleChange]);

  // Not followed any more: no figure is presented as live.
  useEffect(() => () => onStaleChange(false), [onStaleChange]);

  return null;
};
