import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

// Versioned envelope: enc:v1:<iv>:<auth tag>:<ciphertext>, each part base64url.
// v1 = AES-256-GCM, key = HKDF-SHA256(APP_SECRET, salt = workspace id), the workspace id also
// bound as additional authenticated data, so a value copied to another workspace fails to decrypt.
const ENVELOPE_PREFIX = 'enc:v1:';
const KEY_INFO = 'twenty-secret-encryption-v1';

export class SecretDecryptionError extends Error {
  constructor(reason: string) {
    super(`Cannot decrypt secret: ${reason}`);
    this.name = 'SecretDecryptionError';
  }
}

const deriveKey = (appSecret: string, workspaceId: string): Buffer =>
  Buffer.from(hkdfSync('sha256', appSecret, workspaceId, KEY_INFO, 32));

export const isEncryptedSecret = (value: string): boolean => value.startsWith(ENVELOPE_PREFIX);

export const encryptSecret = (
  plaintext: string,
  appSecret: string,
  workspaceId: string,
): string => {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(appSecret, workspaceId), iv);

  cipher.setAAD(Buffer.from(workspaceId));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);

  return [
    'enc',
    'v1',
    iv.toString('base64url'),
    cipher.getAuthTag().toString('base64url'),
    ciphertext.toString('base64url'),
  ].join(':');
};

export const decryptSecret = (envelope: string, appSecret: string, workspaceId: string): string => {
  if (!isEncryptedSecret(envelope)) {
    throw new SecretDecryptionError('not an enc:v1 envelope');
  }
  const parts = envelope.slice(ENVELOPE_PREFIX.length).split(':');

  if (parts.length !== 3) {
    throw new SecretDecryptionError('malformed envelope');
  }
  const [iv, authTag, ciphertext] = parts.map((part) => Buffer.from(part, 'base64url'));

  if (iv.length !== 12 || authTag.length !== 16) {
    throw new SecretDecryptionError('malformed envelope');
  }

  try {
    const decipher = createDecipheriv('aes-256-gcm', deriveKey(appSecret, workspaceId), iv);

    decipher.setAAD(Buffer.from(workspaceId));
    decipher.setAuthTag(authTag);

    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretDecryptionError('wrong key or tampered value');
  }
};
