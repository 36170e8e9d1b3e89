import {
  decryptSecret,
  encryptSecret,
  isEncryptedSecret,
  SecretDecryptionError,
} from 'src/engine/core-modules/secret-encryption/secret-encryption.util';

const APP_SECRET = 'a-test-app-secret-that-is-long-enough-123';
const WORKSPACE_ID = '20202020-1c25-4d02-bf25-6aeccf7ea419';

describe('secret encryption', () => {
  it('round-trips a secret inside a versioned envelope', () => {
    const envelope = encryptSecret('ws_very_secret', APP_SECRET, WORKSPACE_ID);

    expect(envelope.startsWith('enc:v1:')).toBe(true);
    expect(envelope).not.toContain('ws_very_secret');
    expect(isEncryptedSecret(envelope)).toBe(true);
    expect(decryptSecret(envelope, APP_SECRET, WORKSPACE_ID)).toBe('ws_very_secret');
  });

  it('never produces the same envelope twice for the same secret', () => {
    expect(encryptSecret('x', APP_SECRET, WORKSPACE_ID)).not.toBe(
      encryptSecret('x', APP_SECRET, WORKSPACE_ID),
    );
  });

  it('fails with a clear error under a wrong app secret', () => {
    const envelope = encryptSecret('token', APP_SECRET, WORKSPACE_ID);

    expect(() => decryptSecret(envelope, `${APP_SECRET}-other`, WORKSPACE_ID)).toThrow(
      SecretDecryptionError,
    );
  });

  it('fails when the envelope is moved to another workspace', () => {
    const envelope = encryptSecret('token', APP_SECRET, WORKSPACE_ID);

    expect(() =>
      decryptSecret(envelope, APP_SECRET, '30303030-1c25-4d02-bf25-6aeccf7ea419'),
    ).toThrow(SecretDecryptionError);
  });

  it('fails on a tampered ciphertext instead of returning garbage', () => {
    const envelope = encryptSecret('token-value', APP_SECRET, WORKSPACE_ID);
    const parts = envelope.split(':');
    const ciphertext = Buffer.from(parts[4], 'base64url');

    ciphertext[0] ^= 0xff;
    parts[4] = ciphertext.toString('base64url');

    expect(() => decryptSecret(parts.join(':'), APP_SECRET, WORKSPACE_ID)).toThrow(/tampered/);
  });

  it('rejects values that are not envelopes', () => {
    expect(() => decryptSecret('plain-token', APP_SECRET, WORKSPACE_ID)).toThrow(/envelope/);
    expect(() => decryptSecret('enc:v1:abc', APP_SECRET, WORKSPACE_ID)).toThrow(/malformed/);
  });
});
