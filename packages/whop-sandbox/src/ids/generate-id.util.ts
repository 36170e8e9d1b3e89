import { randomBytes } from 'node:crypto';

// Whop ids are a prefix plus random base62 characters, 18 characters in all
// (`biz_xxxxxxxxxxxxxx`, `user_xxxxxxxxxxxxx`, `mem_xxxxxxxxxxxxxx`).
export type IdPrefix =
  | 'biz_'
  | 'user_'
  | 'mber_'
  | 'prod_'
  | 'plan_'
  | 'mem_'
  | 'pay_'
  | 'rfnd_'
  | 'payt_'
  | 'msg_'
  | 'hook_'
  | 'apik_'
  | 'dlv_';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const ID_LENGTH = 18;

const ALPHABET_CODES = Array.from(ALPHABET, (letter) => letter.charCodeAt(0));
const codes: number[] = new Array(ID_LENGTH);

// Deterministic id from a [0, 1) random source (the generator's seeded PRNG). Built from char codes
// in one allocation: the generator makes hundreds of thousands of ids.
export const generateId = (prefix: IdPrefix, random: () => number): string => {
  for (let index = 0; index < prefix.length; index++) codes[index] = prefix.charCodeAt(index);
  for (let index = prefix.length; index < ID_LENGTH; index++) {
    codes[index] = ALPHABET_CODES[Math.floor(random() * ALPHABET_CODES.length)];
  }
  return String.fromCharCode.apply(null, codes);
};

// Unpredictable id for objects created while the sandbox runs.
export const randomId = (prefix: IdPrefix): string => {
  const bytes = randomBytes(ID_LENGTH);
  let id = prefix;
  for (let index = 0; id.length < ID_LENGTH; index++) {
    id += ALPHABET[bytes[index] % ALPHABET.length];
  }
  return id;
};

export const randomToken = (byteLength = 32): string =>
  randomBytes(byteLength).toString('base64url');
