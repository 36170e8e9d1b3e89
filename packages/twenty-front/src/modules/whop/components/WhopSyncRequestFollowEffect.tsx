import { useSetAtom } from 'jotai';
import { useEffect } from 'react';

import { WHOP_SYNC_FOLLOW_WINDOW_MS } from '@/whop/constants/WhopSyncFollowWindowMs';
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
// polling stops and the page says so. A newer request replacing this one is left alone.
export const WhopSyncRequestFollowEffect = ({
  connection,
  request,
}: WhopSyncRequestFollowEffectProps) => {
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
    const timeout = setTimeout(
      () =>
        setSyncRequests((current) =>
          current[connectionId] === request
            ? { ...current, [connectionId]: { ...request, hasTimedOut: true } }
            : current,
        ),
      Math.max(0, request.requestedAt + WHOP_SYNC_FOLLOW_WINDOW_MS - Date.now()),
    );

    return () => clearTimeout(timeout);
  }, [connectionId, hasStarted, request, setSyncRequests]);

  return null;
};
