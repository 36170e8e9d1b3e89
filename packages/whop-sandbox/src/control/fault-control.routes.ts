import type { FastifyInstance } from 'fastify';
import { asBody, optionalString } from '../api/body-params.util';
import { parseFaultConfig } from '../faults/parse-fault-config.util';
import type { SandboxContext } from '../sandbox-context.type';

export const registerFaultControlRoutes = (app: FastifyInstance, context: SandboxContext): void => {
  const { faults, oauth, apiKeys, clock } = context;

  app.get('/faults', async () => faults.snapshot());

  // Replaces the fault configuration (latency, 5xx and 429 rates per route; webhook drops,
  // duplicates and reordering).
  app.post('/faults', async (request) => {
    faults.configure(parseFaultConfig(request.body));
    return faults.snapshot();
  });

  app.delete('/faults', async () => {
    faults.clear();
    return faults.snapshot();
  });

  // Expire one access token (`token`) or all of them: the next API call answers 401.
  app.post('/faults/expire-tokens', async (request) => {
    const token = optionalString(asBody(request.body), 'token');
    return { expired: oauth.expireAccessTokens(token, clock.now()) };
  });

  // Revoke the grant behind one token (access or refresh) or every grant; a company API key
  // passed as `token` is deleted.
  app.post('/faults/revoke-tokens', async (request) => {
    const token = optionalString(asBody(request.body), 'token');
    if (token === undefined) return { revoked: oauth.revokeGrants(() => true) };
    if (apiKeys.revoke(token)) return { revoked: 1 };
    const grantId = oauth.grantIdOfToken(token);
    return {
      revoked: grantId === undefined ? 0 : oauth.revokeGrants((grant) => grant.id === grantId),
    };
  });
};
