import { useMutation } from '@apollo/client';
import { useCallback, useState } from 'react';

import { getApolloErrorMessage } from '@/apollo/utils/getApolloErrorMessage';
import { DISCONNECT_WHOP } from '@/whop/graphql/mutations/disconnectWhop';

export const useDisconnectWhop = (connectionId: string) => {
  const [disconnectWhopMutation, { loading }] = useMutation(DISCONNECT_WHOP);
  const [errorMessage, setErrorMessage] = useState<string | null>(null);

  // Resolves to whether the connection is now disconnected.
  const disconnectWhop = useCallback(async () => {
    setErrorMessage(null);
    try {
      await disconnectWhopMutation({ variables: { id: connectionId } });

      return true;
    } catch (error) {
      setErrorMessage(getApolloErrorMessage(error));

      return false;
    }
  }, [connectionId, disconnectWhopMutation]);

  return { disconnectWhop, isDisconnecting: loading, errorMessage };
};
