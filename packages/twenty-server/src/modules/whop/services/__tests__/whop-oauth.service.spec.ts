import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';

import { type WorkspaceCallerService } from 'src/engine/core-modules/auth/services/workspace-caller.service';
import { type EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import { type WhopOAuthStateService } from 'src/modules/whop/services/whop-oauth-state.service';
import { WhopOAuthService } from 'src/modules/whop/services/whop-oauth.service';

// An authorization server on this machine whose discovery document names no revocation endpoint,
// recording what is posted to the one Whop documents.
const startAuthorizationServer = async (): Promise<{
  server: Server;
  issuer: string;
  revocations: string[];
}> => {
  const revocations: string[] = [];
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
  };
};

describe('WhopOAuthService', () => {
  let authorizationServer: Awaited<ReturnType<typeof startAuthorizationServer>>;

  beforeAll(async () => {
    authorizationServer = await startAuthorizationServer();
  });

  afterAll(() => new Promise((resolve) => authorizationServer.server.close(resolve)));

  it('revokes at the endpoint Whop documents when discovery names none', async () => {
    const variables: Record<string, string> = {
      WHOP_OAUTH_URL: authorizationServer.issuer,
      WHOP_CLIENT_ID: 'app_test',
      WHOP_CLIENT_SECRET: 'secret',
    };
    const service = new WhopOAuthService(
      { get: (key: string) => variables[key] } as unknown as EnvironmentService,
      {} as WhopOAuthStateService,
      {} as WorkspaceCallerService,
    );

    await service.revoke('refresh-token-1');
    expect(authorizationServer.revocations).toHaveLength(1);
    expect(new URLSearchParams(authorizationServer.revocations[0]).get('token')).toBe(
      'refresh-token-1',
    );
  });
});
