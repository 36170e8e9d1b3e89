import { Injectable } from '@nestjs/common';

import { EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import {
  decryptSecret,
  encryptSecret,
  SecretDecryptionError,
} from 'src/engine/core-modules/secret-encryption/secret-encryption.util';

@Injectable()
export class SecretEncryptionService {
  constructor(private readonly environmentService: EnvironmentService) {}

  encrypt(plaintext: string, workspaceId: string): string {
    return encryptSecret(plaintext, this.environmentService.get('APP_SECRET'), workspaceId);
  }

  decrypt(envelope: string, workspaceId: string): string {
    return decryptSecret(envelope, this.environmentService.get('APP_SECRET'), workspaceId);
  }

  // Null when there is no value, or this server cannot read it (APP_SECRET changed since it was
  // stored, or the value was tampered with): a secret it cannot read is as good as none.
  decryptOrNull(envelope: string | null, workspaceId: string): string | null {
    if (!envelope) return null;
    try {
      return this.decrypt(envelope, workspaceId);
    } catch (error) {
      if (error instanceof SecretDecryptionError) return null;
      throw error;
    }
  }
}
