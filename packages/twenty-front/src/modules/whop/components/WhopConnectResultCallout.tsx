import { useSearchParams } from 'react-router-dom';

import { Callout } from '@/ui/feedback/components/Callout';
import { WhopConnectButton } from '@/whop/components/WhopConnectButton';
import { useConnectWhop } from '@/whop/hooks/useConnectWhop';

// Whop sends the seller back with `?connected=<id>` or `?error=<message>`: say what happened,
// and offer to try again when it failed.
export const WhopConnectResultCallout = () => {
  const [searchParams, setSearchParams] = useSearchParams();
  const { connectWhop, isRedirecting, errorMessage } = useConnectWhop();
  const connectError = searchParams.get('error');
  const connectedId = searchParams.get('connected');
  const dismiss = () => setSearchParams({}, { replace: true });

  if (connectError !== null) {
    return (
      <Callout
        variant="danger"
        title="Whop wasn't connected"
        onDismiss={dismiss}
        action={
          <WhopConnectButton
            title="Connect again"
            isRedirecting={isRedirecting}
            onConnect={connectWhop}
          />
        }
      >
        {connectError}
        {errorMessage && <p>Couldn't start connecting Whop: {errorMessage}</p>}
      </Callout>
    );
  }

  if (connectedId !== null) {
    return (
      <Callout variant="success" title="Whop is connected" onDismiss={dismiss}>
        Your customers are imported in the background: the sync panel below shows how far it got,
        and you can leave this page meanwhile.
      </Callout>
    );
  }

  return null;
};
