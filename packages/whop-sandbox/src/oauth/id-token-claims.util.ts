import type { UserRecord } from '../types/sandbox-records.type';
import type { Grant } from './oauth-state';

// OpenID claims about the user, limited by the granted scopes (userinfo and id_token share them).
export const userClaims = (
  user: UserRecord,
  scopes: readonly string[],
): Record<string, unknown> => {
  const claims: Record<string, unknown> = { sub: user.id };
  if (scopes.includes('profile')) {
    claims.name = user.name;
    claims.preferred_username = user.username;
    claims.picture = user.profilePictureUrl;
  }
  if (scopes.includes('email')) {
    claims.email = user.email;
    claims.email_verified = user.email !== null;
  }
  return claims;
};

export type IdTokenInput = {
  user: UserRecord;
  grant: Grant;
  issuer: string;
  issuedAt: number;
  ttlSeconds: number;
};

export const idTokenClaims = ({
  user,
  grant,
  issuer,
  issuedAt,
  ttlSeconds,
}: IdTokenInput): Record<string, unknown> => {
  const iat = Math.floor(issuedAt / 1000);
  return {
    iss: issuer,
    aud: grant.clientId,
    iat,
    exp: iat + ttlSeconds,
    auth_time: Math.floor(grant.authTime / 1000),
    ...(grant.nonce === null ? {} : { nonce: grant.nonce }),
    ...userClaims(user, grant.scopes),
  };
};
