import { type INestApplication } from '@nestjs/common';
import request from 'supertest';

import { graphqlRequest } from 'test/integration/utils/graphql-request';

// "Connect Whop" (or, given a connection, "Reconnect" on its card): the authorize URL the browser is
// sent to, and the cookie (`name=value`) the browser keeps for the callback.
export const startConnectingWhop = async (
  app: INestApplication,
  token: string,
  connectionId?: string,
): Promise<{ authorizeUrl: URL; browserCookie: string }> => {
  const response = await request(app.getHttpServer())
    .post('/graphql')
    .set('Authorization', `Bearer ${token}`)
    .send({
      query:
        'mutation C($connectionId: ID) { connectWhop(connectionId: $connectionId) { authorizeUrl } }',
      variables: { connectionId: connectionId ?? null },
    });
  const [browserCookie] = ([] as string[]).concat(response.headers['set-cookie'] ?? []);

  if (!browserCookie)
    throw new Error(`connectWhop set no cookie: ${JSON.stringify(response.body)}`);

  return {
    authorizeUrl: new URL(response.body.data.connectWhop.authorizeUrl),
    browserCookie: browserCookie.split(';')[0],
  };
};

// Where a redirect answer sends the browser (a browser that holds `cookie`, if given).
export const followRedirect = async (url: URL | string, cookie?: string): Promise<URL> => {
  const response = await fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} });
  const location = response.headers.get('location');

  if (!location) throw new Error(`${url} did not redirect: ${response.status}`);

  return new URL(location);
};

// What a seller's browser does: ask for the authorize URL, follow Whop's redirect (the sandbox
// approves at once) back to our callback with the cookie it was given, and land on the settings
// page.
export const connectWhopThroughOAuth = async (
  app: INestApplication,
  token: string,
  reconnectedConnectionId?: string,
): Promise<{ landing: URL; connectionId: string | null }> => {
  const { authorizeUrl, browserCookie } = await startConnectingWhop(
    app,
    token,
    reconnectedConnectionId,
  );
  const landing = await followRedirect(await followRedirect(authorizeUrl), browserCookie);

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
        id status syncStatus syncStage fullSyncQueuedAt lastSyncError throttleFailureCount nextSyncRetryAt lastFullSyncAt
        lastIncrementalSyncAt updatedAt
        webhookRegistered webhookRegistrationError whopCompanyId whopCompanyTitle
        syncProgress { step recordsPerSecond rateSince { at processed } warnings errors steps { step processed total } }
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
    `mutation T($id: ID!, $type: WhopSyncType!) { triggerWhopSync(id: $id, type: $type) { id syncStage } }`,
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

// The status Whop answers a read with this access token: 200 while its grant is alive, 401 once
// revoked.
export const readWhopCompaniesStatus = async (
  sandboxUrl: string,
  accessToken: string,
): Promise<number> =>
  (
    await fetch(`${sandboxUrl}/api/v1/companies`, {
      headers: { authorization: `Bearer ${accessToken}` },
    })
  ).status;
