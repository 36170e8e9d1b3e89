import { type KeyObject, generateKeyPair, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';

const generateRsaKeyPair = promisify(generateKeyPair);

export type PublicJwk = {
  kty: string;
  n: string;
  e: string;
  kid: string;
  alg: 'RS256';
  use: 'sig';
};

export type SigningKey = { kid: string; privateKey: KeyObject; publicJwk: PublicJwk };

// A fresh RS256 key per sandbox: id_tokens are signed with it and /.well-known/jwks.json serves it.
export const createSigningKey = async (): Promise<SigningKey> => {
  const { publicKey, privateKey } = await generateRsaKeyPair('rsa', { modulusLength: 2048 });
  const kid = randomBytes(8).toString('hex');
  const { kty, n, e } = publicKey.export({ format: 'jwk' });
  return { kid, privateKey, publicJwk: { kty: kty!, n: n!, e: e!, kid, alg: 'RS256', use: 'sig' } };
};
