import { useApolloClient } from '@apollo/client';
import { useEffect } from 'react';

import { useIsSignedIn } from '@/auth/hooks/useIsSignedIn';

export const ApolloCacheResetOnSignOutEffect = () => {
  const isSignedIn = useIsSignedIn();
  const apolloClient = useApolloClient();

  useEffect(() => {
    if (!isSignedIn) {
      void apolloClient.clearStore();
    }
  }, [isSignedIn, apolloClient]);

  return null;
};
