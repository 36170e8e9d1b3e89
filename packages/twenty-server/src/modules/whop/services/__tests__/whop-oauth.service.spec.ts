import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';

import { type WorkspaceCallerService } from 'src/engine/core-modules/auth/services/workspace-caller.service';
import { type EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import { WHOP_OAUTH_SCOPES } from 'src/modules/whop/constants/whop-oauth-scopes.constant';
import { type WhopOAuthStateService } from 'src/modules/whop/services/whop-oauth-state.service';
import { WhopOAuthService } from 'src/modules/whop/services/whop-oauth.service';
import { WhopExceptionCode } from 'src/modules/whop/whop.exception';

type TokenAnswer = { status: number; headers: Record<string, string>; body: string };

// An authorization server on this machine whose discovery document names no revocation endpoint,
// recording what is posted to the one Whop documents, and giving its token endpoint's answer.
const startAuthorizationServer = async (): Promise<{
  server: Server;
  issuer: string;
  revocations: string[];
  answerTokenRequests: (answer: TokenAnswer) => void;
}> => {
  const revocations: string[] = [];
  let tokenAnswer: TokenAnswer = { status: 404, headers: {}, body: '' };
  const server = createServer((request, response) => {
    const { port } = server.address() as AddressInfo;
    const issuer = `http://127.0.0.1:${port}`;
    let body = '';

    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      if (request.url === '/.well-known/openid-configuration') {
        response.setHeader('content-type', 'application/json');
        response.end(
          JSON.stringify({
            issuer,
            authorization_endpoint: `${issuer}/oauth/authorize`,
            token_endpoint: `${issuer}/oauth/token`,
            jwks_uri: `${issuer}/.well-known/jwks.json`,
          }),
        );

        return;
      }
      if (request.method === 'POST' && request.url === '/oauth/token') {
        response.writeHead(tokenAnswer.status, tokenAnswer.headers);
        response.end(tokenAnswer.body);

        return;
      }
      if (request.method === 'POST' && request.url === '/oauth/revoke') revocations.push(body);
      response.statusCode = request.url === '/oauth/revoke' ? 200 : 404;
      response.end();
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return {
    server,
    issuer: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    revocations,
    answerTokenRequests: (answer) => {
      tokenAnswer = answer;
    },
  };
};

describe('WhopOAuthService', () => {
  let authorizationServer: Awaited<ReturnType<typeof startAuthorizationServer>>;

  beforeAll(async () => {
    authorizationServer = await startAuthorizationServer();
  });

  afterAll(() => new Promise((resolve) => authorizationServer.server.close(resolve)));

  const buildService = () => {
    const variables: Record<string, string> = {
      WHOP_OAUTH_URL: authorizationServer.issuer,
      WHOP_CLIENT_ID: 'app_test',
      WHOP_CLIENT_SECRET: 'secret',
    };

    return new WhopOAuthService(
      { get: (key: string) => variables[key] } as unknown as EnvironmentService,
      {} as WhopOAuthStateService,
      {} as WorkspaceCallerService,
    );
  };

  it('revokes at the endpoint Whop documents when discovery names none', async () => {
    const service = buildService();

    await service.revoke('refresh-token-1');
    expect(authorizationServer.revocations).toHaveLength(1);
    expect(new URLSearchParams(authorizationServer.revocations[0]).get('token')).toBe(
      'refresh-token-1',
    );
  });

  // OAuth lets a refused token request answer with a WWW-Authenticate challenge, which the OAuth
  // client reports before reading the body.
  it.each<{
    answer: string;
    headers: Record<string, string>;
    body: string;
    code: WhopExceptionCode;
  }>([
    {
      answer: 'a refusal in the body only',
      headers: { 'content-type': 'application/json' },
      body: '{"error":"invalid_grant"}',
      code: WhopExceptionCode.AUTH_FAILED,
    },
    {
      answer: 'a challenge naming the error',
      headers: { 'www-authenticate': 'Bearer error="invalid_grant"' },
      body: '',
      code: WhopExceptionCode.AUTH_FAILED,
    },
    {
      answer: 'a challenge, the error in the body',
      headers: {
        'www-authenticate': 'Basic realm="whop"',
        'content-type': 'application/json',
      },
      body: '{"error":"invalid_client"}',
      code: WhopExceptionCode.UNKNOWN,
    },
  ])('reads why Whop refused a refresh from $answer', async ({ headers, body, code }) => {
    authorizationServer.answerTokenRequests({ status: 401, headers, body });

    await expect(buildService().refresh('refresh-token-1')).rejects.toMatchObject({ code });
  });

  it.each([
    { answer: 'names none', scope: undefined, scopes: [...WHOP_OAUTH_SCOPES] },
    { answer: 'names fewer', scope: 'openid email', scopes: ['openid', 'email'] },
  ])('keeps the scopes granted when the token response $answer', async ({ scope, scopes }) => {
    authorizationServer.answerTokenRequests({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        access_token: 'access-token-2',
        refresh_token: 'refresh-token-2',
        token_type: 'bearer',
        expires_in: 3600,
        scope,
      }),
    });

    await expect(buildService().refresh('refresh-token-1')).resolves.toMatchObject({ scopes });
  });

  it('retries a refusal that says nothing of why', async () => {
    authorizationServer.answerTokenRequests({
      status: 401,
      headers: { 'www-authenticate': 'Basic realm="whop"' },
      body: 'Unauthorized',
    });

    await expect(buildService().refresh('refresh-token-1')).rejects.toMatchObject({
      code: WhopExceptionCode.TEMPORARY_ERROR,
    });
  });

  it.each<{ answer: string; headers: Record<string, string>; body: string }>([
    {
      answer: 'an OAuth error',
      headers: { 'content-type': 'application/json', 'retry-after': '30' },
      body: '{"error":"rate_limit_exceeded"}',
    },
    { answer: 'a page that is not one', headers: { 'retry-after': '30' }, body: 'Slow down' },
  ])('keeps how long a 429 with $answer asks to wait', async ({ headers, body }) => {
    authorizationServer.answerTokenRequests({ status: 429, headers, body });

    await expect(buildService().refresh('refresh-token-1')).rejects.toMatchObject({
      code: WhopExceptionCode.TEMPORARY_ERROR,
      retryAfterMs: 30_000,
    });
  });
});
