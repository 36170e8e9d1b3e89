import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import { EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import { RedisClientService } from 'src/engine/core-modules/redis-client/redis-client.service';
import { WHOP_OAUTH_STATE_TTL_SECONDS } from 'src/modules/whop/constants/whop-oauth-state-ttl.constant';

export type WhopOAuthStatePayload = {
  workspaceId: string;
  userId: string | null;
  codeVerifier: string;
  nonce: string;
};

const keyFor = (id: string) => `whop:oauth-state:${id}`;

// The OAuth `state`: a random id signed with a key derived from APP_SECRET, bound in Redis to the
// workspace, the user and the PKCE verifier; it expires after ten minutes and works once.
@Injectable()
export class WhopOAuthStateService {
  private readonly signingKey: Buffer;

  constructor(
    private readonly redisClientService: RedisClientService,
    environmentService: EnvironmentService,
  ) {
    this.signingKey = Buffer.from(
      hkdfSync(
        'sha256',
        environmentService.get('APP_SECRET'),
        'whop-oauth',
        'whop-oauth-state-v1',
        32,
      ),
    );
  }

  async issue(payload: WhopOAuthStatePayload): Promise<string> {
    const id = randomBytes(24).toString('base64url');

    await this.redisClientService
      .getClient()
      .set(keyFor(id), JSON.stringify(payload), 'EX', WHOP_OAUTH_STATE_TTL_SECONDS);

    return `${id}.${this.sign(id)}`;
  }

  // Null for a forged, expired or already used state.
  async consume(state: string): Promise<WhopOAuthStatePayload | null> {
    const [id, signature] = state.split('.');

    if (!id || !signature) return null;
    const expected = Buffer.from(this.sign(id));
    const actual = Buffer.from(signature);

    if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
    const stored = await this.redisClientService.getClient().getdel(keyFor(id));

    return stored ? (JSON.parse(stored) as WhopOAuthStatePayload) : null;
  }

  private sign(id: string): string {
    return createHmac('sha256', this.signingKey).update(id).digest('base64url');
  }
}
