import { createHash } from 'node:crypto';

// RFC 7636: 43 to 128 characters from the unreserved set.
const VERIFIER_PATTERN = /^[A-Za-z0-9\-._~]{43,128}$/;
const CHALLENGE_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const s256Challenge = (verifier: string): string =>
  createHash('sha256').update(verifier, 'ascii').digest('base64url');

export const isValidCodeChallenge = (challenge: string): boolean =>
  CHALLENGE_PATTERN.test(challenge);

export const verifyPkce = (verifier: string, challenge: string): boolean =>
  VERIFIER_PATTERN.test(verifier) && s256Challenge(verifier) === challenge;
