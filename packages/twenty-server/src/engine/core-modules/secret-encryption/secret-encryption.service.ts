import { Injectable } from '@nestjs/common';

import { EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import {
  decryptSecret,
  encryptSecret,
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
}
