import { useMutation } from '@apollo/client';
import { useCallback, useEffect, useState } from 'react';
import { isDefined } from 'twenty-shared';

import { getApolloErrorMessage } from '@/apollo/utils/getApolloErrorMessage';
import { CONNECT_WHOP } from '@/whop/graphql/mutations/connectWhop';
import { rememberWhopConnectFlowConnection } from '@/whop/utils/whopConnectFlowConnection';
import { navigateToExternalUrl } from '~/utils/navigateToExternalUrl';

// Starts the OAuth round trip: the server signs a state and returns Whop's consent URL, and the
// browser leaves for it. Whop sends the seller back to the Whop settings page. Given a connection,
// it reconnects that connection's company; without, it connects one not connected yet.
export const useConnectWhop = (connectionId?: string) => {
  const [connectWhopMutation] = useMutation(CONNECT_WHOP);
  const [isRedirecting, setIsRedirecting] = useState(false);
  const [errorMessage, setErrorMessage] = useState<string | null>(null);

  // A seller who goes Back from Whop's consent page may get this page as they left it, from the
  // browser's back/forward cache: the buttons then come back rather than stay on "Opening Whop…".
  useEffect(() => {
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) setIsRedirecting(false);
    };

    window.addEventListener('pageshow', onPageShow);

    return () => window.removeEventListener('pageshow', onPageShow);
  }, []);

  const connectWhop = useCallback(async () => {
    setErrorMessage(null);
    setIsRedirecting(true);
    try {
      const { data } = await connectWhopMutation({
        variables: isDefined(connectionId) ? { connectionId } : {},
      });

      if (data === undefined || data === null) {
        throw new Error('The server did not return a Whop address.');
      }
      rememberWhopConnectFlowConnection(connectionId);
      navigateToExternalUrl(data.connectWhop.authorizeUrl);
    } catch (error) {
      setIsRedirecting(false);
      setErrorMessage(getApolloErrorMessage(error));
    }
  }, [connectWhopMutation, connectionId]);

  return { connectWhop, isRedirecting, errorMessage };
};
