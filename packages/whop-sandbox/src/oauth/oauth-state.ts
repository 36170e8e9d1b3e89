import { randomToken } from '../ids/generate-id.util';
import type { SandboxApp } from '../types/sandbox-app.type';

// An authorize request waiting for the consent page's answer.
export type PendingAuthorization = {
  id: string;
  clientId: string;
  redirectUri: string;
  scopes: string[];
  permissions: string[];
  state: string | null;
  nonce: string | null;
  codeChallenge: string;
  companyId: string;
  expiresAt: number;
};

export type AuthorizationCode = {
  code: string;
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  scopes: string[];
  permissions: string[];
  userId: string;
  companyId: string;
  nonce: string | null;
  authTime: number;
  expiresAt: number;
  used: boolean;
};

// What the seller approved: one app, one company, a set of scopes. Tokens hang off a grant.
export type Grant = {
  id: string;
  clientId: string;
  userId: string;
  companyId: string;
  scopes: string[];
  permissions: string[];
  nonce: string | null;
  authTime: number;
  revoked: boolean;
};

export type AccessTokenRecord = {
  token: string;
  grantId: string;
  expiresAt: number;
  revoked: boolean;
};

export type RefreshTokenRecord = { token: string; grantId: string; rotated: boolean };

export type TokenPair = { accessToken: AccessTokenRecord; refreshToken: RefreshTokenRecord };

// What a client can still use: grants not revoked, with their unexpired access tokens and their
// refresh tokens not yet rotated.
export type LiveCredentials = {
  grants: Grant[];
  accessTokens: AccessTokenRecord[];
  refreshTokens: RefreshTokenRecord[];
};

// The authorization server's memory: registered apps, pending consents, codes, grants and tokens.
export class OAuthState {
  private readonly apps = new Map<string, SandboxApp>();
  private readonly pending = new Map<string, PendingAuthorization>();
  private readonly codes = new Map<string, AuthorizationCode>();
  private readonly grants = new Map<string, Grant>();
  private readonly accessTokens = new Map<string, AccessTokenRecord>();
  private readonly refreshTokens = new Map<string, RefreshTokenRecord>();

  registerApp(app: SandboxApp): void {
    this.apps.set(app.clientId, app);
  }

  app(clientId: string): SandboxApp | undefined {
    return this.apps.get(clientId);
  }

  listApps(): SandboxApp[] {
    return [...this.apps.values()];
  }

  addPendingAuthorization(fields: Omit<PendingAuthorization, 'id'>): PendingAuthorization {
    const pending = { id: randomToken(18), ...fields };
    this.pending.set(pending.id, pending);
    return pending;
  }

  // A consent answer is accepted once; expired requests are forgotten.
  takePendingAuthorization(id: string, now: number): PendingAuthorization | undefined {
    const pending = this.pending.get(id);
    this.pending.delete(id);
    return pending !== undefined && pending.expiresAt > now ? pending : undefined;
  }

  addCode(fields: Omit<AuthorizationCode, 'code' | 'used'>): AuthorizationCode {
    const code: AuthorizationCode = { code: randomToken(24), used: false, ...fields };
    this.codes.set(code.code, code);
    return code;
  }

  code(code: string): AuthorizationCode | undefined {
    return this.codes.get(code);
  }

  addGrant(fields: Omit<Grant, 'id' | 'revoked'>): Grant {
    const grant: Grant = { id: randomToken(12), revoked: false, ...fields };
    this.grants.set(grant.id, grant);
    return grant;
  }

  grant(grantId: string): Grant | undefined {
    return this.grants.get(grantId);
  }

  issueTokens(grant: Grant, expiresAt: number): TokenPair {
    const accessToken: AccessTokenRecord = {
      token: randomToken(32),
      grantId: grant.id,
      expiresAt,
      revoked: false,
    };
    const refreshToken: RefreshTokenRecord = {
      token: randomToken(32),
      grantId: grant.id,
      rotated: false,
    };
    this.accessTokens.set(accessToken.token, accessToken);
    this.refreshTokens.set(refreshToken.token, refreshToken);
    return { accessToken, refreshToken };
  }

  accessToken(token: string): AccessTokenRecord | undefined {
    return this.accessTokens.get(token);
  }

  refreshToken(token: string): RefreshTokenRecord | undefined {
    return this.refreshTokens.get(token);
  }

  // Fault injection: expire one access token, or all of them.
  expireAccessTokens(token: string | undefined, now: number): number {
    let expired = 0;
    for (const record of this.accessTokens.values()) {
      if (token !== undefined && record.token !== token) continue;
      record.expiresAt = Math.min(record.expiresAt, now - 1);
      expired++;
    }
    return expired;
  }

  // Revoking a grant kills every token issued under it.
  revokeGrant(grantId: string): void {
    const grant = this.grants.get(grantId);
    if (grant !== undefined) grant.revoked = true;
  }

  revokeGrants(predicate: (grant: Grant) => boolean): number {
    let revoked = 0;
    for (const grant of this.grants.values()) {
      if (grant.revoked || !predicate(grant)) continue;
      grant.revoked = true;
      revoked++;
    }
    return revoked;
  }

  grantIdOfToken(token: string): string | undefined {
    return this.accessTokens.get(token)?.grantId ?? this.refreshTokens.get(token)?.grantId;
  }

  liveCredentials(now: number): LiveCredentials {
    const grants = [...this.grants.values()].filter((grant) => !grant.revoked);
    const liveGrantIds = new Set(grants.map((grant) => grant.id));
    return {
      grants,
      accessTokens: [...this.accessTokens.values()].filter(
        (token) => liveGrantIds.has(token.grantId) && !token.revoked && token.expiresAt > now,
      ),
      refreshTokens: [...this.refreshTokens.values()].filter(
        (token) => liveGrantIds.has(token.grantId) && !token.rotated,
      ),
    };
  }

  restoreCredentials(credentials: LiveCredentials): void {
    for (const grant of credentials.grants) this.grants.set(grant.id, grant);
    for (const token of credentials.accessTokens) this.accessTokens.set(token.token, token);
    for (const token of credentials.refreshTokens) this.refreshTokens.set(token.token, token);
  }

  // Forget codes and consents past their expiry so a long-running sandbox stays small.
  sweep(now: number): void {
    for (const [id, pending] of this.pending) if (pending.expiresAt <= now) this.pending.delete(id);
    for (const [code, record] of this.codes) if (record.expiresAt <= now) this.codes.delete(code);
  }
}
