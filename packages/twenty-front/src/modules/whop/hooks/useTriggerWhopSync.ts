import { useApolloClient, useMutation } from '@apollo/client';
import { useSetAtom } from 'jotai';
import { useCallback, useState } from 'react';

import { getApolloErrorMessage } from '@/apollo/utils/getApolloErrorMessage';
import { TRIGGER_WHOP_SYNC } from '@/whop/graphql/mutations/triggerWhopSync';
import { FIND_ONE_WHOP_CONNECTION } from '@/whop/graphql/queries/findOneWhopConnection';
import { whopSyncRequestsState } from '@/whop/states/whopSyncRequestsState';
import type { WhopConnection } from '@/whop/types/WhopConnection';
import type { WhopSyncRunType } from '@/whop/types/WhopSyncRunType';
import { buildWhopSyncRequest } from '@/whop/utils/buildWhopSyncRequest';

// The page then follows the connection until the requested run shows (whopSyncRequestsState).
export const useTriggerWhopSync = (
  connection: Pick<
    WhopConnection,
    | 'id'
    | 'lastFullSyncAt'
    | 'lastIncrementalSyncAt'
    | 'lastSyncError'
    | 'lastSyncAt'
    | 'syncStage'
    | 'syncProgress'
  >,
) => {
  const connectionId = connection.id;
  const apolloClient = useApolloClient();
  const [triggerWhopSyncMutation] = useMutation(TRIGGER_WHOP_SYNC);
  const [pendingType, setPendingType] = useState<WhopSyncRunType | null>(null);
  const [refusal, setRefusal] = useState<{
    message: string;
    lastSyncAt: string | null;
    wasFailed: boolean;
  } | null>(null);
  const setSyncRequests = useSetAtom(whopSyncRequestsState);

  // Whatever the server answered, the connection is read again: a refusal usually means its state
  // moved on (a full sync queued meanwhile), and the page should show it. A read that fails
  // changes nothing about the answer: a queued sync stays queued, and the next read shows it.
  const readConnectionAgain = useCallback(
    () =>
      apolloClient
        .query({
          query: FIND_ONE_WHOP_CONNECTION,
          variables: { id: connectionId },
          fetchPolicy: 'network-only',
        })
        .catch(() => undefined),
    [apolloClient, connectionId],
  );

  const triggerWhopSync = useCallback(
    async (type: WhopSyncRunType) => {
      setRefusal(null);
      setPendingType(type);
      const request = buildWhopSyncRequest(connection, type);

      try {
        await triggerWhopSyncMutation({ variables: { id: connectionId, type } });
        setSyncRequests((current) => ({ ...current, [connectionId]: request }));
      } catch (error) {
        setRefusal({
          message: getApolloErrorMessage(error),
          lastSyncAt: connection.lastSyncAt,
          wasFailed: connection.syncStage === 'FAILED',
        });
      }
      await readConnectionAgain();
      setPendingType(null);
    },
    [connection, connectionId, readConnectionAgain, setSyncRequests, triggerWhopSyncMutation],
  );

  // Why the server refused the sync: it no longer applies once a run has ended since, completed
  // (a new last sync) or failed (the card then says so, and offers to try again).
  const errorMessage =
    refusal !== null &&
    refusal.lastSyncAt === connection.lastSyncAt &&
    (refusal.wasFailed || connection.syncStage !== 'FAILED')
      ? refusal.message
      : null;

  return { triggerWhopSync, pendingType, errorMessage };
};
