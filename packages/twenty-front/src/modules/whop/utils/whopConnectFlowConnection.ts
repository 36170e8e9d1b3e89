const STORAGE_KEY = 'twenty.whopConnectFlowConnectionId';

// The connection a Connect Whop flow reconnects, kept for this browser tab while the seller is on
// Whop: when Whop sends them back with an error, trying again reconnects the same connection. A
// flow that connects another company keeps none.
export const rememberWhopConnectFlowConnection = (connectionId: string | undefined) => {
  if (connectionId === undefined) {
    sessionStorage.removeItem(STORAGE_KEY);
  } else {
    sessionStorage.setItem(STORAGE_KEY, connectionId);
  }
};

export const readWhopConnectFlowConnection = (): string | undefined =>
  sessionStorage.getItem(STORAGE_KEY) ?? undefined;
