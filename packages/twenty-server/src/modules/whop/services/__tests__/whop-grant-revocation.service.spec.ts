import { Logger } from '@nestjs/common';
import * as oidc from 'openid-client';
import { type Repository } from 'typeorm';

import { type SecretEncryptionService } from 'src/engine/core-modules/secret-encryption/secret-encryption.service';
import { type MessageQueueService } from 'src/engine/core-modules/message-queue/services/message-queue.service';
import {
  type WhopConnection,
  type WhopGrantToRevoke,
} from 'src/modules/whop/entities/whop-connection.entity';
import { WhopGrantRevocationService } from 'src/modules/whop/services/whop-grant-revocation.service';
import { type WhopOAuthService } from 'src/modules/whop/services/whop-oauth.service';

// Whop refusing a revocation with an OAuth error, as the OAuth client reports it.
const refusedWith = (error: string) =>
  new oidc.ResponseBodyError('server responded with an error in the response body', {
    cause: { error },
    response: new Response(JSON.stringify({ error }), { status: 400 }),
  });

// A connection with `grants` to revoke, held in memory: the service's removal of one (a query
// built with the grant as its parameter) takes it out.
const build = (grants: WhopGrantToRevoke[], revoke: (token: string) => Promise<void>) => {
  const connection = { id: 'connection-1', workspaceId: 'workspace-1', grantsToRevoke: grants };
  const removal = {
    update: () => removal,
    set: () => removal,
    where: () => removal,
    setParameter: (_name: string, grant: string) => {
      const removed = JSON.parse(grant) as WhopGrantToRevoke;

      connection.grantsToRevoke = connection.grantsToRevoke.filter(
        ({ token }) => token !== removed.token,
      );

      return removal;
    },
    execute: async () => undefined,
  };
  const service = new WhopGrantRevocationService(
    {
      findOneBy: async () => ({ ...connection }),
      createQueryBuilder: () => removal,
    } as unknown as Repository<WhopConnection>,
    {} as MessageQueueService,
    { decryptOrNull: (value: string) => value } as unknown as SecretEncryptionService,
    { revoke: jest.fn(revoke) } as unknown as WhopOAuthService,
  );

  return { service, connection };
};

describe('WhopGrantRevocationService.revokePending', () => {
  beforeEach(() => jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('drops an access token Whop does not revoke, which no retry would change', async () => {
    const { service, connection } = build(
      [{ token: 'access-1', tokenTypeHint: 'access_token' }],
      async () => {
        throw refusedWith('unsupported_token_type');
      },
    );

    await expect(service.revokePending('connection-1')).resolves.toBeUndefined();
    expect(connection.grantsToRevoke).toEqual([]);
  });

  it('revokes the grants after one Whop could not revoke now, then fails for the queue to retry', async () => {
    const busy = new Error('Whop answered 503');
    const { service, connection } = build(
      [
        { token: 'refresh-1', tokenTypeHint: 'refresh_token' },
        { token: 'refresh-2', tokenTypeHint: 'refresh_token' },
      ],
      async (token) => {
        if (token === 'refresh-1') throw busy;
      },
    );

    await expect(service.revokePending('connection-1')).rejects.toBe(busy);
    expect(connection.grantsToRevoke).toEqual([
      { token: 'refresh-1', tokenTypeHint: 'refresh_token' },
    ]);
  });

  // Its app credentials wrong (fixed later), or a refresh token, which stays live till revoked.
  it.each(['invalid_client', 'unsupported_token_type'])(
    'keeps a refresh token whose revocation Whop refused with %s, to try again',
    async (oauthError) => {
      const refused = refusedWith(oauthError);
      const { service, connection } = build(
        [{ token: 'refresh-1', tokenTypeHint: 'refresh_token' }],
        async () => {
          throw refused;
        },
      );

      await expect(service.revokePending('connection-1')).rejects.toBe(refused);
      expect(connection.grantsToRevoke).toHaveLength(1);
    },
  );
});
