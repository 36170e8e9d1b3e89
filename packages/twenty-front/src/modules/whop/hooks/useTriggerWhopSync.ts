import { useMutation } from '@apollo/client';
import { useSetAtom } from 'jotai';
import { useCallback, useState } from 'react';

import { getApolloErrorMessage } from '@/apollo/utils/getApolloErrorMessage';
import { TRIGGER_WHOP_SYNC } from '@/whop/graphql/mutations/triggerWhopSync';
import { FIND_ONE_WHOP_CONNECTION } from '@/whop/graphql/queries/findOneWhopConnection';
import { whopSyncRequestedAtState } from '@/whop/states/whopSyncRequestedAtState';
import type { WhopSyncRunType } from '@/whop/types/WhopSyncRunType';

export const useTriggerWhopSync = (connectionId: string) => {
  const [triggerWhopSyncMutation] = useMutation(TRIGGER_WHOP_SYNC);
  const [pendingType, setPendingType] = useState<WhopSyncRunType | null>(null);
  const [requestedType, setRequestedType] = useState<WhopSyncRunType | null>(null);
  const [errorMessage, setErrorMessage] = useState<string | null>(null);
  const setSyncRequestedAt = useSetAtom(whopSyncRequestedAtState);

  const triggerWhopSync = useCallback(
    async (type: WhopSyncRunType) => {
      setErrorMessage(null);
      setRequestedType(null);
      setPendingType(type);
      try {
        await triggerWhopSyncMutation({
          variables: { id: connectionId, type },
          refetchQueries: [
            {
              query: FIND_ONE_WHOP_CONNECTION,
              variables: { id: connectionId },
            },
          ],
          awaitRefetchQueries: true,
        });
        setRequestedType(type);
        setSyncRequestedAt((requestedAt) => ({ ...requestedAt, [connectionId]: Date.now() }));
      } catch (error) {
        setErrorMessage(getApolloErrorMessage(error));
      } finally {
        setPendingType(null);
      }
    },
    [connectionId, setSyncRequestedAt, triggerWhopSyncMutation],
  );

  return { triggerWhopSync, pendingType, requestedType, errorMessage };
};
