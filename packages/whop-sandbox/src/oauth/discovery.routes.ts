import type { FastifyInstance } from 'fastify';
import { OIDC_SCOPES, PERMISSIONS } from '../constants/permissions.constant';
import type { SandboxContext } from '../sandbox-context.type';

const CLIENT_AUTH_METHODS = ['client_secret_post', 'client_secret_basic', 'none'];

const openIdConfiguration = (issuer: string) => ({
  issuer,
  authorization_endpoint: `${issuer}/oauth/authorize`,
  token_endpoint: `${issuer}/oauth/token`,
  userinfo_endpoint: `${issuer}/oauth/userinfo`,
  revocation_endpoint: `${issuer}/oauth/revoke`,
  jwks_uri: `${issuer}/.well-known/jwks.json`,
  response_types_supported: ['code'],
  response_modes_supported: ['query'],
  grant_types_supported: ['authorization_code', 'refresh_token'],
  subject_types_supported: ['public'],
  id_token_signing_alg_values_supported: ['RS256'],
  scopes_supported: [...OIDC_SCOPES, ...PERMISSIONS],
  token_endpoint_auth_methods_supported: CLIENT_AUTH_METHODS,
  revocation_endpoint_auth_methods_supported: CLIENT_AUTH_METHODS,
  code_challenge_methods_supported: ['S256'],
  claims_supported: [
    'sub',
    'iss',
    'aud',
    'exp',
    'iat',
    'auth_time',
    'nonce',
    'name',
    'preferred_username',
    'picture',
    'email',
    'email_verified',
  ],
});

export const registerDiscoveryRoutes = (app: FastifyInstance, context: SandboxContext): void => {
  app.get('/.well-known/openid-configuration', async (request) =>
    openIdConfiguration(context.baseUrl(request.headers.host)),
  );
  app.get('/.well-known/jwks.json', async () => ({ keys: [context.signingKey.publicJwk] }));
};
