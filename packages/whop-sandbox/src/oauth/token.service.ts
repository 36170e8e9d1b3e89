import type { SandboxContext } from '../sandbox-context.type';
import type { SandboxApp } from '../types/sandbox-app.type';
import { idTokenClaims } from './id-token-claims.util';
import { signJwt } from './jwt.util';
import { OAuthError } from './oauth-error';
import type { AccessTokenRecord, Grant } from './oauth-state';
import { verifyPkce } from './pkce.util';

export type TokenServiceContext = Pick<
  SandboxContext,
  'oauth' | 'store' | 'clock' | 'signingKey' | 'options'
>;

export type TokenResponse = {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  refresh_token: string;
  id_token?: string;
};

const requireParameter = (params: Record<string, unknown>, name: string): string => {
  const value = params[name];
  if (typeof value !== 'string' || value === '')
    throw new OAuthError('invalid_request', `${name} is required.`);
  return value;
};

const issueTokens = (context: TokenServiceContext, grant: Grant, issuer: string): TokenResponse => {
  const now = context.clock.now();
  const ttlSeconds = context.options.accessTokenTtlSeconds;
  const { accessToken, refreshToken } = context.oauth.issueTokens(grant, now + ttlSeconds * 1000);
  const response: TokenResponse = {
    access_token: accessToken.token,
    token_type: 'Bearer',
    expires_in: ttlSeconds,
    refresh_token: refreshToken.token,
  };
  const user = context.store.users.get(grant.userId);
  if (grant.scopes.includes('openid') && user !== undefined) {
    const claims = idTokenClaims({ user, grant, issuer, issuedAt: now, ttlSeconds });
    response.id_token = signJwt(claims, context.signingKey);
  }
  return response;
};

// grant_type=authorization_code: single-use, unexpired code, same client and redirect_uri, PKCE S256.
export const exchangeAuthorizationCode = (
  context: TokenServiceContext,
  app: SandboxApp,
  params: Record<string, unknown>,
  issuer: string,
): TokenResponse => {
  const code = requireParameter(params, 'code');
  const redirectUri = requireParameter(params, 'redirect_uri');
  const verifier = requireParameter(params, 'code_verifier');

  const record = context.oauth.code(code);
  if (record === undefined || record.clientId !== app.clientId)
    throw new OAuthError('invalid_grant', 'The authorization code is invalid.');
  if (record.used)
    throw new OAuthError('invalid_grant', 'The authorization code has already been used.');
  record.used = true;
  if (record.expiresAt <= context.clock.now())
    throw new OAuthError('invalid_grant', 'The authorization code has expired.');
  if (record.redirectUri !== redirectUri)
    throw new OAuthError('invalid_grant', 'redirect_uri does not match the authorization request.');
  if (!verifyPkce(verifier, record.codeChallenge))
    throw new OAuthError(
      'invalid_grant',
      'PKCE verification failed: code_verifier does not match code_challenge.',
    );

  const grant = context.oauth.addGrant({
    clientId: app.clientId,
    userId: record.userId,
    companyId: record.companyId,
    scopes: record.scopes,
    permissions: record.permissions,
    nonce: record.nonce,
    authTime: record.authTime,
  });
  return issueTokens(context, grant, issuer);
};

// grant_type=refresh_token: refresh tokens rotate; a rotated or revoked one is `invalid_grant`.
export const refreshAccessToken = (
  context: TokenServiceContext,
  app: SandboxApp,
  params: Record<string, unknown>,
  issuer: string,
): TokenResponse => {
  const token = requireParameter(params, 'refresh_token');
  const record = context.oauth.refreshToken(token);
  const grant = record === undefined ? undefined : context.oauth.grant(record.grantId);
  if (record === undefined || grant === undefined || grant.clientId !== app.clientId)
    throw new OAuthError('invalid_grant', 'The refresh token is invalid.');
  if (grant.revoked) throw new OAuthError('invalid_grant', 'The refresh token has been revoked.');
  if (record.rotated)
    throw new OAuthError(
      'invalid_grant',
      'The refresh token has already been used: refresh tokens rotate on every use.',
    );
  if (typeof params.company_id === 'string' && params.company_id !== grant.companyId) {
    throw new OAuthError('invalid_grant', 'company_id does not match the grant.');
  }
  if (typeof params.scope === 'string') {
    const wider = params.scope
      .split(/\s+/)
      .filter((scope) => scope !== '' && !grant.scopes.includes(scope));
    if (wider.length > 0)
      throw new OAuthError('invalid_scope', `Not part of the original grant: ${wider.join(', ')}.`);
  }
  record.rotated = true;
  return issueTokens(context, grant, issuer);
};

// RFC 7009: always succeeds for unknown tokens. A refresh token takes its whole grant with it.
export const revokeToken = (
  context: TokenServiceContext,
  app: SandboxApp,
  params: Record<string, unknown>,
): void => {
  const token = requireParameter(params, 'token');
  const refresh = context.oauth.refreshToken(token);
  if (refresh !== undefined) {
    if (context.oauth.grant(refresh.grantId)?.clientId === app.clientId)
      context.oauth.revokeGrant(refresh.grantId);
    return;
  }
  const access = context.oauth.accessToken(token);
  if (access !== undefined && context.oauth.grant(access.grantId)?.clientId === app.clientId)
    access.revoked = true;
};

export type ActiveAccessToken = { record: AccessTokenRecord; grant: Grant };

export type AccessTokenProblem = 'unknown' | 'expired' | 'revoked';

export const resolveAccessToken = (
  context: Pick<SandboxContext, 'oauth' | 'clock'>,
  token: string,
): ActiveAccessToken | AccessTokenProblem => {
  const record = context.oauth.accessToken(token);
  const grant = record === undefined ? undefined : context.oauth.grant(record.grantId);
  if (record === undefined || grant === undefined) return 'unknown';
  if (record.revoked || grant.revoked) return 'revoked';
  if (record.expiresAt <= context.clock.now()) return 'expired';
  return { record, grant };
};
