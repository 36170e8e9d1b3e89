import { isValidCodeChallenge, s256Challenge, verifyPkce } from './pkce.util';

describe('pkce', () => {
  // RFC 7636 appendix B.
  const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
  const challenge = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';

  it('computes the S256 challenge of the RFC example', () => {
    expect(s256Challenge(verifier)).toBe(challenge);
    expect(isValidCodeChallenge(challenge)).toBe(true);
  });

  it('verifies only the matching verifier', () => {
    expect(verifyPkce(verifier, challenge)).toBe(true);
    expect(verifyPkce(`${verifier.slice(0, -1)}Y`, challenge)).toBe(false);
  });

  it('rejects verifiers outside the RFC alphabet or length', () => {
    expect(verifyPkce('short', s256Challenge('short'))).toBe(false);
    const spaced = `${'a'.repeat(42)} `;
    expect(verifyPkce(spaced, s256Challenge(spaced))).toBe(false);
  });

  it('rejects malformed challenges', () => {
    expect(isValidCodeChallenge('plain-text-challenge')).toBe(false);
  });
});
