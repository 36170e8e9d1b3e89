import { createHash, randomBytes } from 'node:crypto';
import type { WhopSandbox } from '../../src/start-whop-sandbox';

export const TEST_CLIENT = {
  clientId: 'app_integration_test',
  clientSecret: 'integration_secret',
  name: 'Integration Test CRM',
  redirectUris: ['http://127.0.0.1:9/callback'],
};

export const pkcePair = () => {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
};

export const authorizeUrl = (sandbox: WhopSandbox, params: Record<string, string>): string => {
  const url = new URL(`${sandbox.url}/oauth/authorize`);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.toString();
};

export const defaultAuthorizeParams = (
  challenge: string,
  overrides: Record<string, string> = {},
): Record<string, string> => ({
  response_type: 'code',
  client_id: TEST_CLIENT.clientId,
  redirect_uri: TEST_CLIENT.redirectUris[0],
  scope: 'openid profile email',
  state: 'state-123',
  nonce: 'nonce-456',
  code_challenge: challenge,
  code_challenge_method: 'S256',
  ...overrides,
});

export const requestIdFrom = (html: string): string => {
  const match = /name="request_id" value="([^"]+)"/.exec(html);
  if (match === null) throw new Error('No request_id in the consent page.');
  return match[1];
};

// Follows the consent page: GET authorize, POST the decision, return the redirect Location.
export const consent = async (
  sandbox: WhopSandbox,
  params: Record<string, string>,
  decision: 'approve' | 'deny',
): Promise<URL> => {
  const page = await fetch(authorizeUrl(sandbox, params), { redirect: 'manual' });
  const requestId = requestIdFrom(await page.text());
  const answer = await fetch(`${sandbox.url}/oauth/authorize`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ request_id: requestId, decision }).toString(),
  });
  if (answer.status !== 302)
    throw new Error(`Expected a redirect, got ${answer.status}: ${await answer.text()}`);
  return new URL(answer.headers.get('location')!);
};

export const basicAuth = (clientId: string, secret: string): string =>
  `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`;

export const tokenRequest = async (
  sandbox: WhopSandbox,
  params: Record<string, string>,
  options: { basic?: string; json?: boolean } = {},
) => {
  const response = await fetch(`${sandbox.url}/oauth/token`, {
    method: 'POST',
    headers: {
      'content-type':
        options.json === true ? 'application/json' : 'application/x-www-form-urlencoded',
      ...(options.basic === undefined ? {} : { authorization: options.basic }),
    },
    body: options.json === true ? JSON.stringify(params) : new URLSearchParams(params).toString(),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as any,
  };
};

// The whole happy path: consent, approve, exchange the code with PKCE.
export const connect = async (sandbox: WhopSandbox, scope = 'openid profile email') => {
  const { verifier, challenge } = pkcePair();
  const location = await consent(sandbox, defaultAuthorizeParams(challenge, { scope }), 'approve');
  const code = location.searchParams.get('code')!;
  const tokens = await tokenRequest(
    sandbox,
    {
      grant_type: 'authorization_code',
      code,
      redirect_uri: TEST_CLIENT.redirectUris[0],
      code_verifier: verifier,
    },
    { basic: basicAuth(TEST_CLIENT.clientId, TEST_CLIENT.clientSecret) },
  );
  if (tokens.status !== 200)
    throw new Error(`Token exchange failed: ${JSON.stringify(tokens.body)}`);
  return tokens.body as {
    access_token: string;
    refresh_token: string;
    id_token: string;
    expires_in: number;
    token_type: string;
    scope: string;
  };
};
