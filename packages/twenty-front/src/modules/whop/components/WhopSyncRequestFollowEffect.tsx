import { useApolloClient } from '@apollo/client';
import { useSetAtom } from 'jotai';
import { useEffect } from 'react';

import { WHOP_SYNC_FOLLOW_WINDOW_MS } from '@/whop/constants/WhopSyncFollowWindowMs';
import { WHOP_SYNC_POLL_INTERVAL_MS } from '@/whop/constants/WhopSyncPollIntervalMs';
import { FIND_ONE_WHOP_CONNECTION } from '@/whop/graphql/queries/findOneWhopConnection';
import { whopSyncRequestsState } from '@/whop/states/whopSyncRequestsState';
import type { WhopConnection } from '@/whop/types/WhopConnection';
import type { WhopSyncRequest } from '@/whop/types/WhopSyncRequest';
import { hasWhopSyncRequestStarted } from '@/whop/utils/hasWhopSyncRequestStarted';

type WhopSyncRequestFollowEffectProps = {
  connection: WhopConnection;
  request: WhopSyncRequest;
};

// Forgets a sync request once the connection shows its run (the run's own state keeps the page
// following it from there), or marks it as not started once the follow window has passed, so that
// polling stops and the page says so. The page may not have read the connection for a while then
// (polls skip a hidden tab): it is read once more first, and only an answer that still shows no
// run marks the request; a read that fails is tried again. A newer request replacing this one is
// left alone.
export const WhopSyncRequestFollowEffect = ({
  connection,
  request,
}: WhopSyncRequestFollowEffectProps) => {
  const apolloClient = useApolloClient();
  const setSyncRequests = useSetAtom(whopSyncRequestsState);
  const hasStarted = hasWhopSyncRequestStarted(connection, request);
  const connectionId = connection.id;

  useEffect(() => {
    if (hasStarted) {
      setSyncRequests((current) => {
        if (current[connectionId] !== request) return current;
        const { [connectionId]: _started, ...rest } = current;

        return rest;
      });

      return;
    }
    if (request.hasTimedOut) return;
    let isFollowing = true;
    let timeout: ReturnType<typeof setTimeout>;

    const markNotStartedUnlessShown = async () => {
      const answer = await apolloClient
        .query({
          query: FIND_ONE_WHOP_CONNECTION,
          variables: { id: connectionId },
          fetchPolicy: 'network-only',
        })
        .catch(() => null);

      if (!isFollowing) return;
      if (answer === null) {
        timeout = setTimeout(markNotStartedUnlessShown, WHOP_SYNC_POLL_INTERVAL_MS);

        return;
      }
      if (hasWhopSyncRequestStarted(answer.data.whopConnection, request)) return;
      setSyncRequests((current) =>
        current[connectionId] === request
          ? { ...current, [connectionId]: { ...request, hasTimedOut: true } }
          : current,
      );
    };

    timeout = setTimeout(
      markNotStartedUnlessShown,
      Math.max(0, request.requestedAt + WHOP_SYNC_FOLLOW_WINDOW_MS - Date.now()),
    );

    return () => {
      isFollowing = false;
      clearTimeout(timeout);
    };
  }, [apolloClient, connectionId, hasStarted, request, setSyncRequests]);

  return null;
};
