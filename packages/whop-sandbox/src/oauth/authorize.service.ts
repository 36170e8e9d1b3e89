import {
  AUTHORIZATION_CODE_TTL_SECONDS,
  PENDING_AUTHORIZATION_TTL_SECONDS,
} from '../constants/sandbox-defaults.constant';
import type { SandboxContext } from '../sandbox-context.type';
import type { SandboxApp } from '../types/sandbox-app.type';
import { OAuthError } from './oauth-error';
import type { PendingAuthorization } from './oauth-state';
import { isValidCodeChallenge } from './pkce.util';
import { resolveScopes } from './resolve-scopes.util';

export type AuthorizeContext = Pick<SandboxContext, 'oauth' | 'store' | 'clock' | 'settings'>;

// Problems with the client or its redirect_uri are shown, never redirected (RFC 6749 §4.1.2.1).
export type AuthorizeOutcome =
  | { kind: 'error_page'; message: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'consent'; pending: PendingAuthorization; app: SandboxApp };

const buildRedirect = (redirectUri: string, params: Record<string, string | null>): string => {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(params))
    if (value !== null) url.searchParams.set(name, value);
  return url.toString();
};

const queryString = (query: Record<string, unknown>, name: string): string | undefined => {
  const value = query[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
};

const issueCodeRedirect = (
  context: AuthorizeContext,
  pending: Omit<PendingAuthorization, 'id'>,
): string => {
  const now = context.clock.now();
  const code = context.oauth.addCode({
    clientId: pending.clientId,
    redirectUri: pending.redirectUri,
    codeChallenge: pending.codeChallenge,
    scopes: pending.scopes,
    permissions: pending.permissions,
    userId: context.store.company.ownerUserId,
    companyId: pending.companyId,
    nonce: pending.nonce,
    authTime: now,
    expiresAt: now + AUTHORIZATION_CODE_TTL_SECONDS * 1000,
  });
  return buildRedirect(pending.redirectUri, { code: code.code, state: pending.state });
};

export const startAuthorization = (
  context: AuthorizeContext,
  query: Record<string, unknown>,
): AuthorizeOutcome => {
  const clientId = queryString(query, 'client_id');
  const app = clientId === undefined ? undefined : context.oauth.app(clientId);
  if (app === undefined)
    return {
      kind: 'error_page',
      message: clientId === undefined ? 'client_id is required.' : `Unknown client ${clientId}.`,
    };
  const redirectUri = queryString(query, 'redirect_uri');
  if (redirectUri === undefined)
    return { kind: 'error_page', message: 'redirect_uri is required.' };
  if (!app.redirectUris.includes(redirectUri))
    return {
      kind: 'error_page',
      message: `redirect_uri ${redirectUri} is not registered for ${app.name}.`,
    };

  const state = queryString(query, 'state') ?? null;
  const fail = (error: OAuthError): AuthorizeOutcome => ({
    kind: 'redirect',
    location: buildRedirect(redirectUri, {
      error: error.code,
      error_description: error.description,
      state,
    }),
  });
  try {
    if (query.response_type !== 'code')
      throw new OAuthError('unsupported_response_type', 'Only response_type=code is supported.');
    const codeChallenge = queryString(query, 'code_challenge');
    if (codeChallenge === undefined)
      throw new OAuthError('invalid_request', 'code_challenge is required: PKCE is mandatory.');
    if (query.code_challenge_method !== 'S256')
      throw new OAuthError('invalid_request', 'code_challenge_method must be S256.');
    if (!isValidCodeChallenge(codeChallenge))
      throw new OAuthError('invalid_request', 'code_challenge is not a base64url SHA-256 digest.');
    const { scopes, permissions } = resolveScopes(queryString(query, 'scope'), app);
    const companyId = queryString(query, 'company_id') ?? context.store.company.id;
    if (companyId !== context.store.company.id)
      throw new OAuthError('invalid_request', `Unknown company ${companyId}.`);

    const request = {
      clientId: app.clientId,
      redirectUri,
      scopes,
      permissions,
      state,
      nonce: queryString(query, 'nonce') ?? null,
      codeChallenge,
      companyId,
      expiresAt: context.clock.now() + PENDING_AUTHORIZATION_TTL_SECONDS * 1000,
    };
    if (context.settings.autoApprove)
      return { kind: 'redirect', location: issueCodeRedirect(context, request) };
    return { kind: 'consent', pending: context.oauth.addPendingAuthorization(request), app };
  } catch (error) {
    if (error instanceof OAuthError) return fail(error);
    throw error;
  }
};

// The consent page's answer: a code on approval, `access_denied` otherwise.
export const completeAuthorization = (
  context: AuthorizeContext,
  requestId: string,
  approved: boolean,
): AuthorizeOutcome => {
  const pending = context.oauth.takePendingAuthorization(requestId, context.clock.now());
  if (pending === undefined)
    return {
      kind: 'error_page',
      message:
        'This authorization request has expired or was already answered. Start again from the app.',
    };
  if (!approved) {
    return {
      kind: 'redirect',
      location: buildRedirect(pending.redirectUri, {
        error: 'access_denied',
        error_description: 'The user denied the authorization request.',
        state: pending.state,
      }),
    };
  }
  return { kind: 'redirect', location: issueCodeRedirect(context, pending) };
};
