import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { isDefined, isWhopConnectErrorCode } from 'twenty-shared';

import { Callout } from '@/ui/feedback/components/Callout';
import { WhopConnectButton } from '@/whop/components/WhopConnectButton';
import { WHOP_CONNECT_ERROR_MESSAGES } from '@/whop/constants/WhopConnectErrorMessages';
import { useConnectWhop } from '@/whop/hooks/useConnectWhop';
import { useFindManyWhopConnections } from '@/whop/hooks/useFindManyWhopConnections';
import {
  readWhopConnectFlowConnection,
  rememberWhopConnectFlowConnection,
} from '@/whop/utils/whopConnectFlowConnection';

// Whop sends the seller back with `?connected=<id>` (and `&reconnected=true` when that company was
// connected already) or `?error=<code>`: say what happened, and offer to try again when it failed.
// The parameters are read once and taken off the address, so a reload or a bookmark does not
// announce the same connection again; only a connection the page lists is announced, and one
// disconnected since no more. Connect again retries what failed: a card's Reconnect reconnects that
// connection again.
type ConnectResult = {
  connectError: string | null;
  connectedId: string | null;
  reconnected: boolean;
};

const NO_RESULT: ConnectResult = { connectError: null, connectedId: null, reconnected: false };

export const WhopConnectResultCallout = () => {
  const [searchParams, setSearchParams] = useSearchParams();
  const [failedFlowConnectionId] = useState(() =>
    searchParams.has('error') ? readWhopConnectFlowConnection() : undefined,
  );
  const { connectWhop, isRedirecting, errorMessage } = useConnectWhop(failedFlowConnectionId);
  const { whopConnections } = useFindManyWhopConnections();
  const [result, setResult] = useState<ConnectResult>(() => ({
    connectError: searchParams.get('error'),
    connectedId: searchParams.get('connected'),
    reconnected: searchParams.get('reconnected') === 'true',
  }));
  const { connectError, connectedId, reconnected } = result;
  const dismiss = () => setResult(NO_RESULT);
  // The connections already disconnected when the page first listed them.
  const [revokedWhenShown, setRevokedWhenShown] = useState<ReadonlySet<string> | null>(null);

  useEffect(() => {
    if (!isDefined(whopConnections)) return;
    const revokedIds = whopConnections
      .filter(({ status }) => status === 'revoked')
      .map(({ id }) => id);

    if (revokedWhenShown === null) {
      setRevokedWhenShown(new Set(revokedIds));
    } else if (revokedIds.some((id) => !revokedWhenShown.has(id))) {
      // Disconnected since: what this said of the last Connect ("every company is connected
      // already", say) is out of date.
      setResult(NO_RESULT);
    }
  }, [whopConnections, revokedWhenShown]);

  useEffect(() => {
    if (searchParams.has('error') || searchParams.has('connected')) {
      setSearchParams({}, { replace: true });
      // The flow Whop came back from is over: a later error is not this flow's.
      rememberWhopConnectFlowConnection(undefined);
    }
  }, [searchParams, setSearchParams]);

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
        {
          WHOP_CONNECT_ERROR_MESSAGES[
            isWhopConnectErrorCode(connectError) ? connectError : 'UNKNOWN'
          ]
        }
        {errorMessage && <p>Couldn't start connecting Whop: {errorMessage}</p>}
      </Callout>
    );
  }

  // Announced once the page lists it, still connected: an address naming another id, or one
  // disconnected since, announces nothing.
  const announcedConnection = whopConnections?.find(({ id }) => id === connectedId);

  if (isDefined(announcedConnection) && announcedConnection.status !== 'revoked') {
    return (
      <Callout
        variant="success"
        title={reconnected ? 'Whop is reconnected' : 'Whop is connected'}
        onDismiss={dismiss}
      >
        {reconnected
          ? 'This Whop company was connected already: its access is renewed, nothing is duplicated, and a full sync checks every record again below.'
          : 'Your customers are imported in the background: the sync panel below shows how far it got, and you can leave this page meanwhile.'}
      </Callout>
    );
  }

  return null;
};
