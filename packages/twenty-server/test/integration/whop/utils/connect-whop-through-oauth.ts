import { type INestApplication } from '@nestjs/common';

import { graphqlRequest } from 'test/integration/utils/graphql-request';

// What a seller's browser does: ask for the authorize URL, follow Whop's redirect (the sandbox
// approves at once) back to our callback, and land on the settings page.
export const connectWhopThroughOAuth = async (
  app: INestApplication,
  token: string,
): Promise<{ landing: URL; connectionId: string | null }> => {
  const response = await graphqlRequest(
    app,
    'mutation { connectWhop { authorizeUrl } }',
    {},
    token,
  );
  const authorizeUrl = response.data.connectWhop.authorizeUrl as string;
  const approval = await fetch(authorizeUrl, { redirect: 'manual' });
  const callbackUrl = approval.headers.get('location');

  if (!callbackUrl) throw new Error(`Whop did not redirect back: ${approval.status}`);
  const callback = await fetch(callbackUrl, { redirect: 'manual' });
  const landing = new URL(callback.headers.get('location') as string);

  return { landing, connectionId: landing.searchParams.get('connected') };
};

export const waitForConnection = async (
  app: INestApplication,
  token: string,
  connectionId: string,
  until: (connection: any) => boolean,
  timeoutMs = 60_000,
): Promise<any> => {
  const deadline = Date.now() + timeoutMs;
  let last: any = null;

  while (Date.now() < deadline) {
    const response = await graphqlRequest(
      app,
      `query C($id: ID!) { whopConnection(id: $id) {
        id status syncStatus syncStage lastSyncError lastFullSyncAt lastIncrementalSyncAt
        webhookRegistered webhookRegistrationError whopCompanyId whopCompanyTitle
        syncProgress { step recordsPerSecond warnings errors steps { step processed total } }
      } }`,
      { id: connectionId },
      token,
    );

    last = response.data?.whopConnection ?? response;
    if (response.data && until(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Connection never reached the expected state; last: ${JSON.stringify(last)}`);
};

export const triggerWhopSync = (
  app: INestApplication,
  token: string,
  connectionId: string,
  type: 'FULL' | 'INCREMENTAL',
) =>
  graphqlRequest(
    app,
    `mutation T($id: ID!, $type: WhopSyncType!) { triggerWhopSync(id: $id, type: $type) { id } }`,
    { id: connectionId, type },
    token,
  );

// What "Full resync" or "Sync changes" does, then waiting until that run has finished.
export const runWhopSyncToEnd = async (
  app: INestApplication,
  token: string,
  connectionId: string,
  type: 'FULL' | 'INCREMENTAL',
): Promise<any> => {
  const finishedAtField = type === 'FULL' ? 'lastFullSyncAt' : 'lastIncrementalSyncAt';
  const previousRunAt = (await waitForConnection(app, token, connectionId, () => true))[
    finishedAtField
  ];
  const trigger = await triggerWhopSync(app, token, connectionId, type);

  if (trigger.errors) throw new Error(`triggerWhopSync failed: ${JSON.stringify(trigger.errors)}`);

  return waitForConnection(
    app,
    token,
    connectionId,
    (connection) =>
      connection.syncStatus === 'ACTIVE' && connection[finishedAtField] !== previousRunAt,
  );
};
