import { type EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import { SecretEncryptionService } from 'src/engine/core-modules/secret-encryption/secret-encryption.service';

const WORKSPACE_ID = '20202020-1c25-4d02-bf25-6aeccf7ea419';

const serviceWithAppSecret = (appSecret: string) =>
  new SecretEncryptionService({ get: () => appSecret } as unknown as EnvironmentService);

describe('SecretEncryptionService.decryptOrNull', () => {
  const service = serviceWithAppSecret('a-test-app-secret-that-is-long-enough-123');

  it('reads what it encrypted', () => {
    expect(service.decryptOrNull(service.encrypt('token', WORKSPACE_ID), WORKSPACE_ID)).toBe(
      'token',
    );
  });

  it('gives null for what another APP_SECRET encrypted', () => {
    const envelope = serviceWithAppSecret('another-app-secret-that-is-long-enough').encrypt(
      'token',
      WORKSPACE_ID,
    );

    expect(service.decryptOrNull(envelope, WORKSPACE_ID)).toBeNull();
  });

  it('gives null for a value that is no envelope', () => {
    expect(service.decryptOrNull('plain', WORKSPACE_ID)).toBeNull();
  });

  it('gives null for no value', () => {
    expect(service.decryptOrNull(null, WORKSPACE_ID)).toBeNull();
    expect(service.decryptOrNull('', WORKSPACE_ID)).toBeNull();
  });
});
