import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { ApiKey } from 'src/engine/core-modules/api-key/api-key.entity';
import { TokenService } from 'src/engine/core-modules/auth/services/token.service';

@Injectable()
export class ApiKeyService {
  constructor(
    @InjectRepository(ApiKey) private readonly apiKeyRepository: Repository<ApiKey>,
    private readonly tokenService: TokenService,
  ) {}

  // The token is returned once; only the key's id is stored, so it can be revoked.
  async createApiKey(
    workspaceId: string,
    name: string,
    expiresAt: Date,
  ): Promise<{ apiKey: ApiKey; token: string }> {
    const apiKey = await this.apiKeyRepository.save(
      this.apiKeyRepository.create({ workspaceId, name, expiresAt, revokedAt: null }),
    );

    return {
      apiKey,
      token: this.tokenService.generateApiKeyToken(apiKey.id, workspaceId, expiresAt),
    };
  }

  async revokeApiKey(workspaceId: string, apiKeyId: string): Promise<void> {
    await this.apiKeyRepository.update({ id: apiKeyId, workspaceId }, { revokedAt: new Date() });
  }
}
