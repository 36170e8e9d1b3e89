import { createPublicKey, verify } from 'node:crypto';
import { AuthenticationError } from '@whop/sdk';
import { type WhopSandbox, startWhopSandbox } from '../src/start-whop-sandbox';
import {
  TEST_CLIENT,
  authorizeUrl,
  basicAuth,
  connect,
  consent,
  defaultAuthorizeParams,
  pkcePair,
  tokenRequest,
} from './support/oauth-helpers';
import { api, control, sdkClient } from './support/sandbox-client';

const decodeJwt = (token: string) => {
  const [header, payload, signature] = token.split('.');
  return {
    header: JSON.parse(Buffer.from(header, 'base64url').toString()),
    claims: JSON.parse(Buffer.from(payload, 'base64url').toString()),
    signingInput: `${header}.${payload}`,
    signature: Buffer.from(signature, 'base64url'),
  };
};

describe('OAuth 2.1 + PKCE + OpenID Connect', () => {
  let sandbox: WhopSandbox;
  const clientAuth = basicAuth(TEST_CLIENT.clientId, TEST_CLIENT.clientSecret);
  const redirectUri = TEST_CLIENT.redirectUris[0];

  beforeAll(async () => {
    sandbox = await startWhopSandbox({
      port: 0,
      members: 20,
      apps: [
        TEST_CLIENT,
        { clientId: 'app_public', name: 'Public App', redirectUris: [redirectUri] },
      ],
    });
  });

  afterAll(() => sandbox.close());

  const approvedCode = async (overrides: Record<string, string> = {}) => {
    const { verifier, challenge } = pkcePair();
    const location = await consent(
      sandbox,
      defaultAuthorizeParams(challenge, overrides),
      'approve',
    );
    return { code: location.searchParams.get('code')!, verifier };
  };

  it('publishes discovery and a JWKS', async () => {
    const discovery = (await (
      await fetch(`${sandbox.url}/.well-known/openid-configuration`)
    ).json()) as Record<string, any>;
    expect(discovery).toMatchObject({
      issuer: sandbox.url,
      authorization_endpoint: `${sandbox.url}/oauth/authorize`,
      token_endpoint: `${sandbox.url}/oauth/token`,
      userinfo_endpoint: `${sandbox.url}/oauth/userinfo`,
      revocation_endpoint: `${sandbox.url}/oauth/revoke`,
      jwks_uri: `${sandbox.url}/.well-known/jwks.json`,
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: expect.arrayContaining([
        'client_secret_post',
        'client_secret_basic',
        'none',
      ]),
      id_token_signing_alg_values_supported: ['RS256'],
    });
    const jwks = (await (await fetch(discovery.jwks_uri)).json()) as { keys: unknown[] };
    expect(jwks.keys).toEqual([
      expect.objectContaining({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: expect.any(String) }),
    ]);
  });

  it('answers with the host the client used, or the configured public URL', async () => {
    const viaLocalhost = `http://localhost:${sandbox.port}`;
    const discovery = (await (
      await fetch(`${viaLocalhost}/.well-known/openid-configuration`)
    ).json()) as Record<string, string>;
    expect(discovery).toMatchObject({
      issuer: viaLocalhost,
      token_endpoint: `${viaLocalhost}/oauth/token`,
    });

    const { code, verifier } = await approvedCode();
    const response = await fetch(`${viaLocalhost}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: clientAuth },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: redirectUri,
        code_verifier: verifier,
      }).toString(),
    });
    const { id_token: idToken } = (await response.json()) as { id_token: string };
    expect(decodeJwt(idToken).claims.iss).toBe(viaLocalhost);

    const proxied = await startWhopSandbox({
      port: 0,
      members: 3,
      publicUrl: 'https://whop-sandbox.example.test/',
    });
    try {
      expect(proxied.url).toBe('https://whop-sandbox.example.test');
      const proxiedDiscovery = (await (
        await fetch(`http://127.0.0.1:${proxied.port}/.well-known/openid-configuration`)
      ).json()) as Record<string, string>;
      expect(proxiedDiscovery.issuer).toBe('https://whop-sandbox.example.test');
    } finally {
      await proxied.close();
    }
  });

  it('runs the whole flow: consent, code, PKCE token, userinfo, refresh rotation, revocation', async () => {
    const { verifier, challenge } = pkcePair();
    const page = await fetch(authorizeUrl(sandbox, defaultAuthorizeParams(challenge)), {
      redirect: 'manual',
    });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain(TEST_CLIENT.name);
    expect(html).toContain(sandbox.state.company.title);
    expect(html).toContain(sandbox.state.company.id);
    expect(html).toContain('member:email:read');
    expect(html).toMatch(/value="approve"[^>]*>Approve</);
    expect(html).toMatch(/value="deny"[^>]*>Deny</);

    const location = await consent(sandbox, defaultAuthorizeParams(challenge), 'approve');
    expect(`${location.origin}${location.pathname}`).toBe(redirectUri);
    expect(location.searchParams.get('state')).toBe('state-123');
    const code = location.searchParams.get('code')!;

    const tokens = await tokenRequest(
      sandbox,
      {
        grant_type: 'authorization_code',
        code,
        redirect_uri: redirectUri,
        code_verifier: verifier,
      },
      { basic: clientAuth },
    );
    expect(tokens.status).toBe(200);
    expect(tokens.headers.get('cache-control')).toBe('no-store');
    expect(tokens.body).toEqual({
      access_token: expect.any(String),
      refresh_token: expect.any(String),
      id_token: expect.any(String),
      token_type: 'Bearer',
      expires_in: 3600,
    });

    const owner = sandbox.state.users.get(sandbox.state.company.ownerUserId)!;
    const idToken = decodeJwt(tokens.body.id_token);
    expect(idToken.header).toMatchObject({ alg: 'RS256' });
    expect(idToken.claims).toMatchObject({
      iss: sandbox.url,
      aud: TEST_CLIENT.clientId,
      sub: owner.id,
      nonce: 'nonce-456',
      email: owner.email,
      preferred_username: owner.username,
    });
    const { keys } = (await (await fetch(`${sandbox.url}/.well-known/jwks.json`)).json()) as {
      keys: import('node:crypto').JsonWebKey[];
    };
    expect(
      verify(
        'sha256',
        Buffer.from(idToken.signingInput),
        createPublicKey({ key: keys[0], format: 'jwk' }),
        idToken.signature,
      ),
    ).toBe(true);

    const userinfo = await fetch(`${sandbox.url}/oauth/userinfo`, {
      headers: { authorization: `Bearer ${tokens.body.access_token}` },
    });
    expect(await userinfo.json()).toEqual({
      sub: owner.id,
      name: owner.name,
      preferred_username: owner.username,
      picture: null,
      email: owner.email,
      email_verified: true,
    });

    const client = sdkClient(sandbox, tokens.body.access_token);
    expect(await client.users.retrieve('me')).toMatchObject({ id: owner.id });
    expect(
      (await client.memberships.list({ company_id: sandbox.state.company.id, first: 5 })).data,
    ).toHaveLength(5);

    const refreshed = await tokenRequest(
      sandbox,
      { grant_type: 'refresh_token', refresh_token: tokens.body.refresh_token },
      { basic: clientAuth },
    );
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.refresh_token).not.toBe(tokens.body.refresh_token);
    expect(refreshed.body.access_token).not.toBe(tokens.body.access_token);
    const reused = await tokenRequest(
      sandbox,
      { grant_type: 'refresh_token', refresh_token: tokens.body.refresh_token },
      { basic: clientAuth },
    );
    expect(reused).toMatchObject({
      status: 400,
      body: { error: 'invalid_grant', error_description: expect.any(String) },
    });

    const revoke = await fetch(`${sandbox.url}/oauth/revoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        token: refreshed.body.refresh_token,
        client_id: TEST_CLIENT.clientId,
      }),
    });
    expect(revoke.status).toBe(200);
    const afterRevoke = await tokenRequest(
      sandbox,
      { grant_type: 'refresh_token', refresh_token: refreshed.body.refresh_token },
      { basic: clientAuth },
    );
    expect(afterRevoke).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    const revokedCall = await sdkClient(sandbox, refreshed.body.access_token)
      .users.retrieve('me')
      .catch((caught: unknown) => caught);
    expect(revokedCall).toBeInstanceOf(AuthenticationError);
  });

  it('accepts client_secret_post with a JSON body, and public clients with PKCE only', async () => {
    const { code, verifier } = await approvedCode();
    const posted = await tokenRequest(
      sandbox,
      {
        grant_type: 'authorization_code',
        code,
        redirect_uri: redirectUri,
        code_verifier: verifier,
        client_id: TEST_CLIENT.clientId,
        client_secret: TEST_CLIENT.clientSecret,
      },
      { json: true },
    );
    expect(posted.status).toBe(200);

    const publicCode = await approvedCode({ client_id: 'app_public' });
    const publicTokens = await tokenRequest(sandbox, {
      grant_type: 'authorization_code',
      code: publicCode.code,
      redirect_uri: redirectUri,
      code_verifier: publicCode.verifier,
      client_id: 'app_public',
    });
    expect(publicTokens.status).toBe(200);
  });

  it('scopes the token to the granted permissions', async () => {
    const tokens = await connect(sandbox, 'openid member:basic:read');
    const client = sdkClient(sandbox, tokens.access_token);
    const page = await client.memberships.list({ company_id: sandbox.state.company.id, first: 20 });
    expect(page.data.every((membership) => membership.user?.email === null)).toBe(true);
    const denied = await api(
      sandbox,
      `/webhooks?company_id=${sandbox.state.company.id}`,
      tokens.access_token,
    );
    expect(denied).toMatchObject({
      status: 403,
      body: {
        error: { type: 'forbidden', message: expect.stringContaining('developer:manage_webhook') },
      },
    });
  });

  it('redirects immediately with a code when auto-approve is on', async () => {
    await control(sandbox, 'POST', '/auto-approve', { enabled: true });
    try {
      const { challenge } = pkcePair();
      const response = await fetch(authorizeUrl(sandbox, defaultAuthorizeParams(challenge)), {
        redirect: 'manual',
      });
      expect(response.status).toBe(302);
      const location = new URL(response.headers.get('location')!);
      expect(location.searchParams.get('code')).toEqual(expect.any(String));
      expect(location.searchParams.get('state')).toBe('state-123');
    } finally {
      await control(sandbox, 'POST', '/auto-approve', { enabled: false });
    }
  });

  describe('error paths', () => {
    it('shows an error page, never a redirect, for an unregistered redirect_uri or unknown client', async () => {
      const { challenge } = pkcePair();
      for (const overrides of [
        { redirect_uri: 'http://127.0.0.1:9/callback/other' },
        { client_id: 'app_unknown' },
      ] as Record<string, string>[]) {
        const response = await fetch(
          authorizeUrl(sandbox, defaultAuthorizeParams(challenge, overrides)),
          {
            redirect: 'manual',
          },
        );
        expect(response.status).toBe(400);
        expect(response.headers.get('location')).toBeNull();
        expect(await response.text()).toContain('This link cannot be used');
      }
    });

    it('redirects invalid_request without PKCE and invalid_scope for unknown scopes', async () => {
      const { challenge } = pkcePair();
      const noPkce = await fetch(
        authorizeUrl(
          sandbox,
          defaultAuthorizeParams(challenge, { code_challenge_method: 'plain' }),
        ),
        { redirect: 'manual' },
      );
      const noPkceLocation = new URL(noPkce.headers.get('location')!);
      expect(noPkceLocation.searchParams.get('error')).toBe('invalid_request');
      expect(noPkceLocation.searchParams.get('state')).toBe('state-123');
      const badScope = await fetch(
        authorizeUrl(sandbox, defaultAuthorizeParams(challenge, { scope: 'openid superpowers' })),
        { redirect: 'manual' },
      );
      expect(new URL(badScope.headers.get('location')!).searchParams.get('error')).toBe(
        'invalid_scope',
      );
    });

    it('redirects access_denied when the user denies', async () => {
      const { challenge } = pkcePair();
      const location = await consent(sandbox, defaultAuthorizeParams(challenge), 'deny');
      expect(location.searchParams.get('error')).toBe('access_denied');
      expect(location.searchParams.get('error_description')).toEqual(expect.any(String));
      expect(location.searchParams.get('state')).toBe('state-123');
      expect(location.searchParams.get('code')).toBeNull();
    });

    it('rejects a wrong redirect_uri at the token endpoint', async () => {
      const { code, verifier } = await approvedCode();
      const response = await tokenRequest(
        sandbox,
        {
          grant_type: 'authorization_code',
          code,
          redirect_uri: 'http://127.0.0.1:9/elsewhere',
          code_verifier: verifier,
        },
        { basic: clientAuth },
      );
      expect(response).toMatchObject({
        status: 400,
        body: {
          error: 'invalid_grant',
          error_description: expect.stringContaining('redirect_uri'),
        },
      });
    });

    it('rejects a bad PKCE verifier', async () => {
      const { code } = await approvedCode();
      const response = await tokenRequest(
        sandbox,
        {
          grant_type: 'authorization_code',
          code,
          redirect_uri: redirectUri,
          code_verifier: pkcePair().verifier,
        },
        { basic: clientAuth },
      );
      expect(response).toMatchObject({
        status: 400,
        body: { error: 'invalid_grant', error_description: expect.stringContaining('PKCE') },
      });
    });

    it('rejects a reused code', async () => {
      const { code, verifier } = await approvedCode();
      const params = {
        grant_type: 'authorization_code',
        code,
        redirect_uri: redirectUri,
        code_verifier: verifier,
      };
      expect((await tokenRequest(sandbox, params, { basic: clientAuth })).status).toBe(200);
      expect(await tokenRequest(sandbox, params, { basic: clientAuth })).toMatchObject({
        status: 400,
        body: {
          error: 'invalid_grant',
          error_description: expect.stringContaining('already been used'),
        },
      });
    });

    it('rejects an expired code (60 s)', async () => {
      const { code, verifier } = await approvedCode();
      await control(sandbox, 'POST', '/clock', { advanceSeconds: 61 });
      const response = await tokenRequest(
        sandbox,
        {
          grant_type: 'authorization_code',
          code,
          redirect_uri: redirectUri,
          code_verifier: verifier,
        },
        { basic: clientAuth },
      );
      expect(response).toMatchObject({
        status: 400,
        body: { error: 'invalid_grant', error_description: expect.stringContaining('expired') },
      });
    });

    it('rejects an unknown client and a bad client secret with 401 invalid_client', async () => {
      const { code, verifier } = await approvedCode();
      const params = {
        grant_type: 'authorization_code',
        code,
        redirect_uri: redirectUri,
        code_verifier: verifier,
      };
      const unknown = await tokenRequest(sandbox, params, { basic: basicAuth('app_unknown', 'x') });
      expect(unknown).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
      expect(unknown.headers.get('www-authenticate')).toContain('Basic');
      expect(
        await tokenRequest(sandbox, params, { basic: basicAuth(TEST_CLIENT.clientId, 'wrong') }),
      ).toMatchObject({
        status: 401,
        body: { error: 'invalid_client' },
      });
      expect(
        await tokenRequest(sandbox, { ...params, client_id: TEST_CLIENT.clientId }),
      ).toMatchObject({
        status: 401,
        body: { error: 'invalid_client' },
      });
    });

    it('rejects an unsupported grant type', async () => {
      const response = await tokenRequest(
        sandbox,
        { grant_type: 'password', username: 'a', password: 'b' },
        { basic: clientAuth },
      );
      expect(response).toMatchObject({
        status: 400,
        body: { error: 'unsupported_grant_type', error_description: expect.any(String) },
      });
    });

    it('rejects an expired access token (ttl of 1 s) on the API and userinfo', async () => {
      const shortLived = await startWhopSandbox({
        port: 0,
        members: 5,
        accessTokenTtlSeconds: 1,
        apps: [TEST_CLIENT],
      });
      try {
        const tokens = await connect(shortLived);
        expect(tokens.expires_in).toBe(1);
        await new Promise((resolve) => setTimeout(resolve, 1_100));
        expect(await api(shortLived, '/users/me', tokens.access_token)).toMatchObject({
          status: 401,
          body: { error: { type: 'unauthorized', message: 'The access token has expired.' } },
        });
        const userinfo = await fetch(`${shortLived.url}/oauth/userinfo`, {
          headers: { authorization: `Bearer ${tokens.access_token}` },
        });
        expect(userinfo.status).toBe(401);
        expect(await userinfo.json()).toMatchObject({ error: 'invalid_token' });
        expect(
          (
            await tokenRequest(
              shortLived,
              { grant_type: 'refresh_token', refresh_token: tokens.refresh_token },
              { basic: clientAuth },
            )
          ).status,
        ).toBe(200);
      } finally {
        await shortLived.close();
      }
    });

    it('expires and revokes tokens on demand (fault injection)', async () => {
      const first = await connect(sandbox);
      await control(sandbox, 'POST', '/faults/expire-tokens', { token: first.access_token });
      expect(await api(sandbox, '/users/me', first.access_token)).toMatchObject({
        status: 401,
        body: { error: { message: 'The access token has expired.' } },
      });

      const second = await connect(sandbox);
      await control(sandbox, 'POST', '/faults/revoke-tokens', { token: second.refresh_token });
      expect(await api(sandbox, '/users/me', second.access_token)).toMatchObject({
        status: 401,
        body: { error: { message: 'The access token has been revoked.' } },
      });
      expect(
        await tokenRequest(
          sandbox,
          { grant_type: 'refresh_token', refresh_token: second.refresh_token },
          { basic: clientAuth },
        ),
      ).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    });
  });
});
