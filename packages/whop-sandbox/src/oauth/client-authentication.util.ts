import { timingSafeEqual } from 'node:crypto';
import type { SandboxApp } from '../types/sandbox-app.type';
import { OAuthError } from './oauth-error';
import type { OAuthState } from './oauth-state';

export type ClientCredentials = {
  clientId: string | undefined;
  clientSecret: string | undefined;
  method: 'client_secret_basic' | 'client_secret_post' | 'none';
};

const decodeBasicPart = (part: string): string => decodeURIComponent(part.replace(/\+/g, ' '));

// Client credentials from HTTP Basic (RFC 6749 §2.3.1, form-encoded parts) or the request body.
export const readClientCredentials = (
  authorization: string | undefined,
  body: Record<string, unknown>,
): ClientCredentials => {
  if (authorization !== undefined && /^basic /i.test(authorization)) {
    const decoded = Buffer.from(authorization.slice(6).trim(), 'base64').toString('utf8');
    const separator = decoded.indexOf(':');
    if (separator < 0)
      throw new OAuthError('invalid_client', 'Malformed HTTP Basic client credentials.', 401, {
        'www-authenticate': 'Basic realm="whop"',
      });
    return {
      clientId: decodeBasicPart(decoded.slice(0, separator)),
      clientSecret: decodeBasicPart(decoded.slice(separator + 1)),
      method: 'client_secret_basic',
    };
  }
  const clientId = typeof body.client_id === 'string' ? body.client_id : undefined;
  const clientSecret = typeof body.client_secret === 'string' ? body.client_secret : undefined;
  return {
    clientId,
    clientSecret,
    method: clientSecret === undefined ? 'none' : 'client_secret_post',
  };
};

const secretsMatch = (given: string, expected: string): boolean => {
  const left = Buffer.from(given);
  const right = Buffer.from(expected);
  return left.length === right.length && timingSafeEqual(left, right);
};

// Confidential apps (with a secret) must authenticate unless `secretOptional` (the revoke endpoint
// accepts `{token, client_id}` alone); a secret that is given must always be right.
export const authenticateClient = (
  state: OAuthState,
  credentials: ClientCredentials,
  secretOptional = false,
): SandboxApp => {
  const challenge: Record<string, string> =
    credentials.method === 'client_secret_basic'
      ? { 'www-authenticate': 'Basic realm="whop"' }
      : {};
  if (credentials.clientId === undefined)
    throw new OAuthError('invalid_request', 'client_id is required.');
  const app = state.app(credentials.clientId);
  if (app === undefined)
    throw new OAuthError(
      'invalid_client',
      `Unknown client ${credentials.clientId}.`,
      401,
      challenge,
    );

  if (credentials.clientSecret !== undefined) {
    if (
      app.clientSecret === undefined ||
      !secretsMatch(credentials.clientSecret, app.clientSecret)
    ) {
      throw new OAuthError(
        'invalid_client',
        'Client authentication failed: the client secret is wrong.',
        401,
        challenge,
      );
    }
  } else if (app.clientSecret !== undefined && !secretOptional) {
    throw new OAuthError(
      'invalid_client',
      'Client authentication failed: this client must send its client_secret.',
      401,
      challenge,
    );
  }
  return app;
};
