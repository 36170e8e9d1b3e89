import { WhopApiError } from '../api/whop-api-error';
import { resolveAccessToken } from '../oauth/token.service';
import type { SandboxContext } from '../sandbox-context.type';
import type { Credential } from './credential.type';

const unauthorized = (message: string) =>
  new WhopApiError(401, message, { 'www-authenticate': 'Bearer realm="whop"' });

export const readBearerToken = (authorization: string | undefined): string | undefined => {
  const match = authorization === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  return match === null ? undefined : match[1];
};

// `Authorization: Bearer <token>` -> an OAuth access token or a company API key, still valid and
// bound to the sandbox's current company.
export const authenticateBearer = (
  context: Pick<SandboxContext, 'oauth' | 'apiKeys' | 'clock' | 'store'>,
  authorization: string | undefined,
): Credential => {
  const token = readBearerToken(authorization);
  if (token === undefined)
    throw unauthorized(
      'Authentication required: send an API key or OAuth access token as `Authorization: Bearer <token>`.',
    );

  const apiKey = context.apiKeys.find(token);
  if (apiKey !== undefined) {
    return {
      kind: 'company_api_key',
      id: apiKey.id,
      companyId: apiKey.companyId,
      userId: context.store.company.ownerUserId,
      permissions: new Set(apiKey.permissions),
    };
  }

  const resolved = resolveAccessToken(context, token);
  if (resolved === 'expired') throw unauthorized('The access token has expired.');
  if (resolved === 'revoked') throw unauthorized('The access token has been revoked.');
  if (resolved === 'unknown') throw unauthorized('Invalid API key or access token.');
  const { grant } = resolved;
  if (grant.companyId !== context.store.company.id)
    throw unauthorized('The access token is for a company that no longer exists.');
  return {
    kind: 'oauth_access_token',
    id: grant.id,
    companyId: grant.companyId,
    userId: grant.userId,
    permissions: new Set(grant.permissions),
  };
};
