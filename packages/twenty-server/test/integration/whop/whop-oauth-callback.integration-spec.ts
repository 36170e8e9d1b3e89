import { createHash } from 'node:crypto';

import { DataSource } from 'typeorm';

import { RedisClientService } from 'src/engine/core-modules/redis-client/redis-client.service';
import { SecretEncryptionService } from 'src/engine/core-modules/secret-encryption/secret-encryption.service';
import { WHOP_CONNECT_FLOWS_PER_MINUTE } from 'src/modules/whop/services/whop-oauth-state.service';
import { WhopConnection } from 'src/modules/whop/entities/whop-connection.entity';
import { WhopTokenService } from 'src/modules/whop/services/whop-token.service';
import {
  createTestWorkspace,
  type TestWorkspace,
} from 'test/integration/utils/create-test-workspace';
import { graphqlRequest } from 'test/integration/utils/graphql-request';
import {
  followRedirect,
  readWhopCompaniesStatus,
  startConnectingWhop,
} from 'test/integration/whop/utils/connect-whop-through-oauth';
import {
  startWhopTestStack,
  type WhopTestStack,
} from 'test/integration/whop/utils/start-whop-test-stack';

// Whop's redirect back to us is a URL anyone can forge or replay: whatever is wrong with it, the
// seller lands on the Whop settings page with an error code and nothing is connected.
describe('the Whop OAuth callback', () => {
  let stack: WhopTestStack;
  let seller: TestWorkspace;

  beforeAll(async () => {
    stack = await startWhopTestStack({ members: 5 });
    seller = await createTestWorkspace(stack.app, 'Callback');
  });

  afterAll(() => stack?.stop());

  const startConnecting = (reconnectedConnectionId?: string) =>
    startConnectingWhop(stack.app, seller.token, reconnectedConnectionId);

  // The callback as Whop would call it, for the flow started in the browser holding `browserCookie`.
  const callBack = (
    { authorizeUrl, browserCookie }: Awaited<ReturnType<typeof startConnecting>>,
    params: Record<string, string>,
  ): Promise<URL> => {
    const callbackUrl = new URL(authorizeUrl.searchParams.get('redirect_uri') as string);

    for (const [name, value] of Object.entries(params)) callbackUrl.searchParams.set(name, value);

    return followRedirect(callbackUrl, browserCookie);
  };

  const readCompaniesStatus = (accessToken: string) =>
    readWhopCompaniesStatus(stack.sandbox.url, accessToken);

  const countConnections = async (): Promise<number> =>
    (await graphqlRequest(stack.app, '{ whopConnections { id } }', {}, seller.token)).data
      .whopConnections.length;

  // What Redis keeps of a flow for ten minutes: the PKCE verifier, which with a code intercepted
  // on its way back would get the tokens, only encrypted.
  it('keeps the PKCE verifier of a flow under way only encrypted', async () => {
    const flow = await startConnecting();
    const [stateId] = (flow.authorizeUrl.searchParams.get('state') as string).split('.');
    const stored = JSON.parse(
      (await stack.app
        .get(RedisClientService)
        .getClient()
        .get(`whop:oauth-state:${stateId}`)) as string,
    );
    const challengeOf = (verifier: string) =>
      createHash('sha256').update(verifier).digest('base64url');

    expect(typeof stored.codeVerifier).toBe('string');
    expect(challengeOf(stored.codeVerifier)).not.toBe(
      flow.authorizeUrl.searchParams.get('code_challenge'),
    );
    expect(JSON.stringify(stored)).not.toMatch(/"codeVerifier":"[A-Za-z0-9_-]{43,128}"/);
  });

  it('says access was denied when the seller refuses consent on Whop', async () => {
    const flow = await startConnecting();
    const landing = await callBack(flow, {
      state: flow.authorizeUrl.searchParams.get('state') as string,
      error: 'access_denied',
    });

    expect(landing.pathname).toBe('/settings/integrations/whop');
    expect(landing.searchParams.get('error')).toBe('OAUTH_ACCESS_DENIED');
    expect(await countConnections()).toBe(0);
  });

  // The app lacks a permission on Whop: the page says to grant it, the log says which.
  it('says the app is missing a permission when Whop refuses the scope asked for', async () => {
    const flow = await startConnecting();
    const landing = await callBack(flow, {
      state: flow.authorizeUrl.searchParams.get('state') as string,
      error: 'invalid_scope',
      error_description: 'The app may not request: developer:manage_webhook.',
    });

    expect(landing.searchParams.get('error')).toBe('INSUFFICIENT_PERMISSIONS');
    expect(await countConnections()).toBe(0);
  });

  it('refuses a forged state', async () => {
    const landing = await callBack(await startConnecting(), {
      state: 'forged.c2lnbmF0dXJl',
      code: 'code',
    });

    expect(landing.searchParams.get('error')).toBe('OAUTH_STATE_INVALID');
    expect(await countConnections()).toBe(0);
  });

  // A state this server issued, its signature altered: refused before it is looked up, so the
  // flow it belongs to is still there, and reaches the code exchange with its own state.
  it('refuses a state whose signature was altered, leaving the flow it names untouched', async () => {
    const flow = await startConnecting();
    const state = flow.authorizeUrl.searchParams.get('state') as string;
    const [id, signature] = state.split('.');
    const altered = `${id}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;

    expect((await callBack(flow, { state: altered, code: 'code' })).searchParams.get('error')).toBe(
      'OAUTH_STATE_INVALID',
    );
    expect(
      (await callBack(flow, { state, code: 'not-a-code-whop-issued' })).searchParams.get('error'),
    ).toBe('OAUTH_FAILED');
    expect(await countConnections()).toBe(0);
  });

  it('refuses a state past its ten minutes', async () => {
    const flow = await startConnecting();
    const state = flow.authorizeUrl.searchParams.get('state') as string;
    const redis = stack.app.get(RedisClientService).getClient();
    const key = `whop:oauth-state:${state.split('.')[0]}`;
    const secondsLeft = await redis.ttl(key);

    expect(secondsLeft).toBeGreaterThan(590);
    expect(secondsLeft).toBeLessThanOrEqual(600);
    // Ten minutes later, as Redis has it.
    await redis.pexpire(key, 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await callBack(flow, { state, code: 'code' })).searchParams.get('error')).toBe(
      'OAUTH_STATE_INVALID',
    );
    expect(await countConnections()).toBe(0);
  });

  // No cookie can be named after it: the callback still lands on the settings page, not a 500.
  it('refuses a state that is not even shaped like one', async () => {
    const landing = await callBack(await startConnecting(), { state: 'a b;c.x', code: 'code' });

    expect(landing.pathname).toBe('/settings/integrations/whop');
    expect(landing.searchParams.get('error')).toBe('OAUTH_STATE_INVALID');
    expect(await countConnections()).toBe(0);
  });

  it('refuses a code Whop does not exchange', async () => {
    const flow = await startConnecting();
    const landing = await callBack(flow, {
      state: flow.authorizeUrl.searchParams.get('state') as string,
      code: 'not-a-code-whop-issued',
    });

    expect(landing.searchParams.get('error')).toBe('OAUTH_FAILED');
    expect(await countConnections()).toBe(0);
  });

  // A link started in one workspace, sent to a Whop seller who approves it in their own browser,
  // must not bring that seller's customers into the workspace that started it.
  it('refuses an approval that comes back to a browser other than the one that started it', async () => {
    const { authorizeUrl, browserCookie } = await startConnecting();
    const callbackUrl = await followRedirect(authorizeUrl);
    const elsewhere = await followRedirect(callbackUrl);

    expect(elsewhere.searchParams.get('error')).toBe('OAUTH_OTHER_BROWSER');
    // The state is used up: the browser that started the flow cannot complete it either.
    const started = await followRedirect(callbackUrl, browserCookie);

    expect(started.searchParams.get('error')).toBe('OAUTH_STATE_INVALID');
    expect(await countConnections()).toBe(0);
  });

  it("refuses a wrong browser key, and the callback clears the flow's cookie", async () => {
    const { authorizeUrl, browserCookie } = await startConnecting();
    const callbackUrl = await followRedirect(authorizeUrl);
    const [cookieName] = browserCookie.split('=');
    const response = await fetch(callbackUrl, {
      redirect: 'manual',
      headers: { cookie: `${cookieName}=another-browsers-key` },
    });

    expect(new URL(response.headers.get('location') as string).searchParams.get('error')).toBe(
      'OAUTH_OTHER_BROWSER',
    );
    expect(response.headers.get('set-cookie')).toMatch(
      new RegExp(`^${cookieName}=;.*Expires=Thu, 01 Jan 1970`),
    );
    expect(await countConnections()).toBe(0);
  });

  // Approving on Whop can take the state's ten minutes: a member removed meanwhile connects
  // nothing to the workspace.
  it('connects nothing for a user removed from the workspace before Whop sent them back', async () => {
    const removed = await createTestWorkspace(stack.app, 'Removed member');
    const { authorizeUrl, browserCookie } = await startConnectingWhop(stack.app, removed.token);
    const database = stack.app.get(DataSource);

    await database.query(`DELETE FROM core."userWorkspace" WHERE "workspaceId" = $1`, [
      removed.workspaceId,
    ]);
    const landing = await followRedirect(await followRedirect(authorizeUrl), browserCookie);

    expect(landing.searchParams.get('error')).toBe('OAUTH_STATE_INVALID');
    expect(
      await database.query(`SELECT id FROM core."whopConnection" WHERE "workspaceId" = $1`, [
        removed.workspaceId,
      ]),
    ).toEqual([]);
  });

  // Each flow keeps a state, for ten minutes, in the Redis every workspace shares.
  it('refuses to start more Connect Whop flows in a minute than anyone clicks, in that workspace only', async () => {
    const busy = await createTestWorkspace(stack.app, 'Busy');
    const connect = (token: string) =>
      graphqlRequest(stack.app, 'mutation { connectWhop { authorizeUrl } }', {}, token);

    for (let flow = 0; flow < WHOP_CONNECT_FLOWS_PER_MINUTE; flow++) {
      expect((await connect(busy.token)).errors).toBeUndefined();
    }
    expect((await connect(busy.token)).errors?.[0]).toMatchObject({
      message:
        'Connect Whop was started too many times in the last minute. Wait a minute, then connect again.',
      extensions: { code: 'TOO_MANY_CONNECT_ATTEMPTS' },
    });
    expect((await connect(seller.token)).errors).toBeUndefined();
  });

  it('connects once, and refuses the same callback replayed', async () => {
    const { authorizeUrl, browserCookie } = await startConnecting();
    const callbackUrl = await followRedirect(authorizeUrl);
    const connected = await followRedirect(callbackUrl, browserCookie);
    const replayed = await followRedirect(callbackUrl, browserCookie);

    expect(connected.searchParams.get('connected')).toEqual(expect.any(String));
    expect(connected.searchParams.get('reconnected')).toBeNull();
    expect(replayed.searchParams.get('error')).toBe('OAUTH_STATE_INVALID');
    expect(replayed.searchParams.get('connected')).toBeNull();
    expect(await countConnections()).toBe(1);
  });

  // The grant it replaces is revoked on Whop: nothing keeps a second way into the company alive.
  it('renews the connection, and says so, when the same company is connected again', async () => {
    const [{ id }] = (
      await graphqlRequest(stack.app, '{ whopConnections { id } }', {}, seller.token)
    ).data.whopConnections;
    const tokens = stack.app.get(WhopTokenService);
    const replacedToken = await tokens.getAccessToken(id);
    const { authorizeUrl, browserCookie } = await startConnecting(id);
    const landing = await followRedirect(await followRedirect(authorizeUrl), browserCookie);

    expect(landing.searchParams.get('connected')).toBe(id);
    expect(landing.searchParams.get('reconnected')).toBe('true');
    expect(await countConnections()).toBe(1);
    const renewedToken = await tokens.getAccessToken(id);

    expect(renewedToken).not.toBe(replacedToken);
    expect(await readCompaniesStatus(replacedToken)).toBe(401);
    expect(await readCompaniesStatus(renewedToken)).toBe(200);
  });

  // The sandbox's grant reaches one company, connected above: another cannot be connected with it.
  it('says every company is connected already when asked for another, and changes nothing', async () => {
    const [{ id }] = (
      await graphqlRequest(stack.app, '{ whopConnections { id } }', {}, seller.token)
    ).data.whopConnections;
    const token = await stack.app.get(WhopTokenService).getAccessToken(id);
    const { authorizeUrl, browserCookie } = await startConnecting();
    const landing = await followRedirect(await followRedirect(authorizeUrl), browserCookie);

    expect(landing.searchParams.get('error')).toBe('OAUTH_ALL_CONNECTED');
    expect(landing.searchParams.get('connected')).toBeNull();
    expect(await countConnections()).toBe(1);
    expect(await stack.app.get(WhopTokenService).getAccessToken(id)).toBe(token);
    expect(await readCompaniesStatus(token)).toBe(200);
  });

  it('refuses to reconnect a connection with a grant that does not reach its company', async () => {
    const repository = stack.app.get(DataSource).getRepository(WhopConnection);
    const { id: elsewhereId } = await repository.save({
      workspaceId: seller.workspaceId,
      whopCompanyId: 'biz_elsewhere',
      whopCompanyTitle: 'Elsewhere',
      accessToken: 'unreadable',
      status: 'needs_reauth',
    });
    const elsewhere = await repository.findOneByOrFail({ id: elsewhereId });

    try {
      const { authorizeUrl, browserCookie } = await startConnecting(elsewhere.id);
      const landing = await followRedirect(await followRedirect(authorizeUrl), browserCookie);

      expect(landing.searchParams.get('error')).toBe('OAUTH_OTHER_COMPANY');
      expect(await repository.findOneByOrFail({ id: elsewhere.id })).toEqual(elsewhere);
      expect(await countConnections()).toBe(2);
    } finally {
      await repository.delete(elsewhere.id);
    }
  });

  // Whop no longer accepting the grant (needs_reauth), Disconnect cannot delete the webhook: it is
  // left on Whop, and replaced when the company is connected again instead of doubled.
  it('replaces a webhook a disconnect could not delete when the company is connected again', async () => {
    const [{ id }] = (
      await graphqlRequest(stack.app, '{ whopConnections { id } }', {}, seller.token)
    ).data.whopConnections;
    const registered = () => stack.sandbox.state.webhookEndpoints.all().map((hook) => hook.id);
    const [leftOver] = registered();

    expect(registered()).toHaveLength(1);
    await stack.app
      .get(DataSource)
      .query(`UPDATE core."whopConnection" SET status = 'needs_reauth' WHERE id = $1`, [id]);
    const disconnected = await graphqlRequest(
      stack.app,
      `mutation D($id: ID!) { disconnectWhop(id: $id) { status } }`,
      { id },
      seller.token,
    );

    expect(disconnected.data.disconnectWhop.status).toBe('revoked');
    expect(registered()).toEqual([leftOver]);

    const { authorizeUrl, browserCookie } = await startConnecting();
    const landing = await followRedirect(await followRedirect(authorizeUrl), browserCookie);

    expect(landing.searchParams.get('connected')).toBe(id);
    expect(registered()).toHaveLength(1);
    expect(registered()[0]).not.toBe(leftOver);
    const reconnected = await graphqlRequest(
      stack.app,
      `query C($id: ID!) { whopConnection(id: $id) { status webhookRegistered } }`,
      { id },
      seller.token,
    );

    expect(reconnected.data.whopConnection).toEqual({ status: 'active', webhookRegistered: true });
  });

  // Whop created the endpoint but its answer never arrived: the connection knows none, Whop has
  // one whose secret nobody kept. Registering again replaces it rather than add a second.
  it('leaves one webhook on Whop when it registers again after the answer to a creation was lost', async () => {
    const [{ id }] = (
      await graphqlRequest(stack.app, '{ whopConnections { id } }', {}, seller.token)
    ).data.whopConnections;
    const registered = () => stack.sandbox.state.webhookEndpoints.all().map((hook) => hook.id);
    const database = stack.app.get(DataSource);

    expect(registered()).toHaveLength(1);
    await database.query(
      `UPDATE core."whopConnection" SET "whopWebhookId" = NULL, "webhookSecret" = NULL WHERE id = $1`,
      [id],
    );
    const { authorizeUrl, browserCookie } = await startConnecting(id);

    await followRedirect(await followRedirect(authorizeUrl), browserCookie);
    const [{ whopWebhookId }] = await database.query(
      `SELECT "whopWebhookId" FROM core."whopConnection" WHERE id = $1`,
      [id],
    );

    expect(registered()).toEqual([whopWebhookId]);
  });

  // Whop slow to answer (its retries of a failing call may take minutes): a proxy in front would
  // cut the callback off, and the seller would see neither the connection nor an error.
  it('sends the seller back before Whop answers a slow webhook registration, which completes behind', async () => {
    const [{ id }] = (
      await graphqlRequest(stack.app, '{ whopConnections { id } }', {}, seller.token)
    ).data.whopConnections;
    const readWebhookRegistered = async (): Promise<boolean> =>
      (
        await graphqlRequest(
          stack.app,
          `query C($id: ID!) { whopConnection(id: $id) { webhookRegistered } }`,
          { id },
          seller.token,
        )
      ).data.whopConnection.webhookRegistered;

    await stack.app
      .get(DataSource)
      .query(
        `UPDATE core."whopConnection" SET "whopWebhookId" = NULL, "webhookSecret" = NULL WHERE id = $1`,
        [id],
      );
    await stack.control('/faults', {
      routes: [{ match: 'GET /api/v1/webhooks*', latencyMs: 25_000, times: 1 }],
    });
    const { authorizeUrl, browserCookie } = await startConnecting(id);
    const landing = await followRedirect(await followRedirect(authorizeUrl), browserCookie);

    expect(landing.searchParams.get('connected')).toBe(id);
    expect(await readWebhookRegistered()).toBe(false);
    for (const stopAt = Date.now() + 30_000; !(await readWebhookRegistered());) {
      if (Date.now() > stopAt) throw new Error('The webhook was never registered');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }, 90_000);

  it('completes a flow whose verifier a server before this one stored in clear', async () => {
    const [{ id }] = (
      await graphqlRequest(stack.app, '{ whopConnections { id } }', {}, seller.token)
    ).data.whopConnections;
    const flow = await startConnecting(id);
    const [stateId] = (flow.authorizeUrl.searchParams.get('state') as string).split('.');
    const redis = stack.app.get(RedisClientService).getClient();
    const key = `whop:oauth-state:${stateId}`;
    const stored = JSON.parse((await redis.get(key)) as string);

    await redis.set(
      key,
      JSON.stringify({
        ...stored,
        codeVerifier: stack.app
          .get(SecretEncryptionService)
          .decrypt(stored.codeVerifier, seller.workspaceId),
      }),
      'KEEPTTL',
    );
    const landing = await followRedirect(
      await followRedirect(flow.authorizeUrl),
      flow.browserCookie,
    );

    expect(landing.searchParams.get('error')).toBeNull();
    expect(landing.searchParams.get('connected')).toBe(id);
  });
});
