import { useQuery } from '@apollo/client';

import { WHOP_SYNC_POLL_INTERVAL_MS } from '@/whop/constants/WhopSyncPollIntervalMs';
import { FIND_ONE_WHOP_CONNECTION } from '@/whop/graphql/queries/findOneWhopConnection';

type WhopConnectionPollingEffectProps = {
  connectionId: string;
};

// Re-reads the connection every 2 s while mounted (not while the tab is hidden); the cache
// carries each answer to every view of the connection.
export const WhopConnectionPollingEffect = ({ connectionId }: WhopConnectionPollingEffectProps) => {
  useQuery(FIND_ONE_WHOP_CONNECTION, {
    variables: { id: connectionId },
    pollInterval: WHOP_SYNC_POLL_INTERVAL_MS,
    skipPollAttempt: () => document.visibilityState === 'hidden',
  });

  return null;
};
