import { NetworkStatus, useQuery } from '@apollo/client';
import { useEffect, useRef } from 'react';

import { WHOP_SYNC_POLL_INTERVAL_MS } from '@/whop/constants/WhopSyncPollIntervalMs';
import { FIND_ONE_WHOP_CONNECTION } from '@/whop/graphql/queries/findOneWhopConnection';

type WhopConnectionPollingEffectProps = {
  connectionId: string;
  // Told, while polls fail, when the connection was last read (ISO); null once a poll answers.
  onStaleSinceChange: (staleSince: string | null) => void;
};

// Re-reads the connection every 2 s while mounted (not while the tab is hidden); the cache
// carries each answer to every view of the connection. Apollo keeps polling after a failed poll
// but the cache keeps the last answer: the page must say the figures are no longer live.
export const WhopConnectionPollingEffect = ({
  connectionId,
  onStaleSinceChange,
}: WhopConnectionPollingEffectProps) => {
  const { networkStatus } = useQuery(FIND_ONE_WHOP_CONNECTION, {
    variables: { id: connectionId },
    pollInterval: WHOP_SYNC_POLL_INTERVAL_MS,
    skipPollAttempt: () => document.visibilityState === 'hidden',
    // Each poll then ends in `ready` or `error`, even when its answer changes nothing.
    notifyOnNetworkStatusChange: true,
  });
  // Polling starts right after the connection was read (the page loaded it, or read it again
  // after a requested sync), or as the read before stops.
  const lastUpdatedAtRef = useRef(new Date().toISOString());

  useEffect(() => {
    if (networkStatus === NetworkStatus.ready) {
      lastUpdatedAtRef.current = new Date().toISOString();
      onStaleSinceChange(null);
    } else if (networkStatus === NetworkStatus.error) {
      onStaleSinceChange(lastUpdatedAtRef.current);
    }
  }, [networkStatus, onStaleSinceChange]);

  // Not followed any more: no figure is presented as live.
  useEffect(() => () => onStaleSinceChange(null), [onStaleSinceChange]);

  return null;
};
