import { OIDC_SCOPES, PERMISSIONS } from '../constants/permissions.constant';
import type { SandboxApp } from '../types/sandbox-app.type';
import { OAuthError } from './oauth-error';

export type ResolvedScopes = { scopes: string[]; permissions: string[] };

const OIDC: ReadonlySet<string> = new Set(OIDC_SCOPES);
const KNOWN_PERMISSIONS: ReadonlySet<string> = new Set(PERMISSIONS);
const DEFAULT_OIDC_SCOPES = ['openid', 'profile', 'email'];

// `scope` holds OpenID scopes and Whop permissions. Naming no permission grants everything the app
// may have; naming some grants exactly those. Anything unknown or beyond the app is `invalid_scope`.
export const resolveScopes = (
  scopeParameter: string | undefined,
  app: SandboxApp,
): ResolvedScopes => {
  const requested = [
    ...new Set((scopeParameter ?? '').split(/\s+/).filter((scope) => scope !== '')),
  ];
  const allowed = new Set(app.permissions ?? PERMISSIONS);
  const oidc =
    requested.length === 0 ? DEFAULT_OIDC_SCOPES : requested.filter((scope) => OIDC.has(scope));
  const named = requested.filter((scope) => !OIDC.has(scope));

  const unknown = named.filter((scope) => !KNOWN_PERMISSIONS.has(scope));
  if (unknown.length > 0)
    throw new OAuthError('invalid_scope', `Unknown scope: ${unknown.join(', ')}.`);
  const refused = named.filter((scope) => !allowed.has(scope));
  if (refused.length > 0)
    throw new OAuthError('invalid_scope', `The app may not request: ${refused.join(', ')}.`);

  const permissions = named.length > 0 ? named : [...allowed];
  return { scopes: [...oidc, ...permissions], permissions };
};
