import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import { EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import { RedisClientService } from 'src/engine/core-modules/redis-client/redis-client.service';
import { SecretEncryptionService } from 'src/engine/core-modules/secret-encryption/secret-encryption.service';
import { isEncryptedSecret } from 'src/engine/core-modules/secret-encryption/secret-encryption.util';
import { WHOP_OAUTH_STATE_TTL_SECONDS } from 'src/modules/whop/constants/whop-oauth-state-ttl.constant';
import { WhopException, WhopExceptionCode } from 'src/modules/whop/whop.exception';

export type WhopOAuthStatePayload = {
  workspaceId: string;
  // Who started connecting: a user, else an API key.
  userId: string | null;
  apiKeyId: string | null;
  codeVerifier: string;
  nonce: string;
  // The company of the connection being reconnected; null when connecting (another) company. A
  // state issued before this field existed has none.
  reconnectedCompanyId?: string | null;
};

type StoredWhopOAuthState = WhopOAuthStatePayload & { browserKeyHash: string };

export type IssuedWhopOAuthState = {
  state: string;
  // Kept by the browser that starts the flow (a cookie), and asked for when Whop sends it back.
  browserKey: string;
};

export const WHOP_CONNECT_FLOWS_PER_MINUTE = 20;

const keyFor = (id: string) => `whop:oauth-state:${id}`;
const hashBrowserKey = (browserKey: string) =>
  createHash('sha256').update(browserKey).digest('base64url');

// The OAuth `state`: a random id signed with a key derived from APP_SECRET, bound in Redis to the
// workspace, the user, the PKCE verifier (stored encrypted) and the browser that started the flow
// (only a hash of its key is stored); it expires after ten minutes and works once. Without the
// browser binding, a link started in one workspace and approved by another Whop seller would bring
// that seller's customers into the first workspace.
@Injectable()
export class WhopOAuthStateService {
  private readonly signingKey: Buffer;

  constructor(
    private readonly redisClientService: RedisClientService,
    private readonly encryption: SecretEncryptionService,
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

  async issue(payload: WhopOAuthStatePayload): Promise<IssuedWhopOAuthState> {
    await this.assertIssuableIn(payload.workspaceId);
    const id = randomBytes(24).toString('base64url');
    const browserKey = randomBytes(24).toString('base64url');
    const stored: StoredWhopOAuthState = {
      ...payload,
      codeVerifier: this.encryption.encrypt(payload.codeVerifier, payload.workspaceId),
      browserKeyHash: hashBrowserKey(browserKey),
    };

    await this.redisClientService
      .getClient()
      .set(keyFor(id), JSON.stringify(stored), 'EX', WHOP_OAUTH_STATE_TTL_SECONDS);

    return { state: `${id}.${this.sign(id)}`, browserKey };
  }

  // Each flow keeps a state in Redis, which every workspace shares, for ten minutes: a workspace
  // may start WHOP_CONNECT_FLOWS_PER_MINUTE of them a minute, far more than a seller clicks.
  private async assertIssuableIn(workspaceId: string): Promise<void> {
    const key = `whop:oauth-state:issued:${workspaceId}`;
    const results = await this.redisClientService
      .getClient()
      .multi()
      .incr(key)
      .expire(key, 60, 'NX')
      .exec();

    if (Number(results?.[0]?.[1] ?? 0) > WHOP_CONNECT_FLOWS_PER_MINUTE) {
      throw new WhopException(
        `More than ${WHOP_CONNECT_FLOWS_PER_MINUTE} Connect Whop flows started in a minute`,
        WhopExceptionCode.TOO_MANY_CONNECT_ATTEMPTS,
      );
    }
  }

  // Null for a forged, expired or already used state. A state brought back by another browser is
  // used up all the same.
  async consume(
    state: string,
    browserKey: string | undefined,
  ): Promise<{ payload: WhopOAuthStatePayload; sameBrowser: boolean } | null> {
    const [id, signature] = state.split('.');

    if (!id || !signature) return null;
    const expected = Buffer.from(this.sign(id));
    const actual = Buffer.from(signature);

    if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
    const stored = await this.redisClientService.getClient().getdel(keyFor(id));

    if (!stored) return null;
    const { browserKeyHash, ...payload } = JSON.parse(stored) as StoredWhopOAuthState;
    // A flow started before the verifier was stored encrypted (at most ten minutes before this
    // server started) still completes.
    const codeVerifier = isEncryptedSecret(payload.codeVerifier)
      ? this.encryption.decryptOrNull(payload.codeVerifier, payload.workspaceId)
      : payload.codeVerifier;

    if (codeVerifier === null) return null;
    const expectedHash = Buffer.from(browserKeyHash);
    const actualHash = Buffer.from(hashBrowserKey(browserKey ?? ''));

    return {
      payload: { ...payload, codeVerifier },
      sameBrowser:
        browserKey !== undefined &&
        expectedHash.length === actualHash.length &&
        timingSafeEqual(expectedHash, actualHash),
    };
  }

  private sign(id: string): string {
    return createHmac('sha256', this.signingKey).update(id).digest('base64url');
  }
}
