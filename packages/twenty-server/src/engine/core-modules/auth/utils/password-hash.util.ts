import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(scryptCallback) as (
  password: string,
  salt: Buffer,
  keyLength: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

// scrypt with OWASP's recommended cost (N=2^17, r=8, p=1); parameters travel with the hash so
// they can be raised later without invalidating stored passwords.
const DEFAULT_PARAMETERS = { N: 2 ** 17, r: 8, p: 1 };
const KEY_LENGTH = 32;

const maxmemFor = (N: number, r: number) => 128 * N * r * 2;

export const hashPassword = async (password: string): Promise<string> => {
  const salt = randomBytes(16);
  const { N, r, p } = DEFAULT_PARAMETERS;
  const hash = await scrypt(password, salt, KEY_LENGTH, { N, r, p, maxmem: maxmemFor(N, r) });

  return ['scrypt', N, r, p, salt.toString('base64'), hash.toString('base64')].join('$');
};

export const verifyPassword = async (password: string, stored: string): Promise<boolean> => {
  const [algorithm, n, r, p, salt, hash] = stored.split('$');

  if (algorithm !== 'scrypt' || !hash) {
    return false;
  }
  const expected = Buffer.from(hash, 'base64');
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: maxmemFor(Number(n), Number(r)),
  });

  return timingSafeEqual(actual, expected);
};
