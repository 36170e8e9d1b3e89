import { createPublicKey, verify } from 'node:crypto';
import { signJwt } from './jwt.util';
import { createSigningKey } from './signing-key.util';

describe('signJwt', () => {
  it('produces an RS256 token the published JWK verifies', async () => {
    const key = await createSigningKey();
    const token = signJwt({ sub: 'user_1', aud: 'app_1' }, key);
    const [header, payload, signature] = token.split('.');

    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({
      alg: 'RS256',
      typ: 'JWT',
      kid: key.kid,
    });
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toEqual({
      sub: 'user_1',
      aud: 'app_1',
    });

    const publicKey = createPublicKey({ key: key.publicJwk, format: 'jwk' });
    expect(
      verify(
        'sha256',
        Buffer.from(`${header}.${payload}`),
        publicKey,
        Buffer.from(signature, 'base64url'),
      ),
    ).toBe(true);
    expect(
      verify(
        'sha256',
        Buffer.from(`${header}.${payload}x`),
        publicKey,
        Buffer.from(signature, 'base64url'),
      ),
    ).toBe(false);
  });
});
