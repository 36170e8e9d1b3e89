import { sign } from 'node:crypto';
import type { SigningKey } from './signing-key.util';

const encodeSegment = (value: object): string =>
  Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

// A compact RS256 JWS.
export const signJwt = (claims: Record<string, unknown>, key: SigningKey): string => {
  const header = encodeSegment({ alg: 'RS256', typ: 'JWT', kid: key.kid });
  const payload = encodeSegment(claims);
  const signature = sign('sha256', Buffer.from(`${header}.${payload}`), key.privateKey).toString(
    'base64url',
  );
  return `${header}.${payload}.${signature}`;
};
