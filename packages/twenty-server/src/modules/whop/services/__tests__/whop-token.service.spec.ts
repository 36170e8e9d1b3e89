import { type DataSource } from 'typeorm';

import { type SecretEncryptionService } from 'src/engine/core-modules/secret-encryption/secret-encryption.service';
import { type WhopConnection } from 'src/modules/whop/entities/whop-connection.entity';
import { type WhopConnectionSyncStatusService } from 'src/modules/whop/services/whop-connection-sync-status.service';
import { type WhopOAuthService } from 'src/modules/whop/services/whop-oauth.service';
import { WhopTokenService } from 'src/modules/whop/services/whop-token.service';
import { WhopException, WhopExceptionCode } from 'src/modules/whop/whop.exception';

const CONNECTION: Partial<WhopConnection> = {
  id: 'connection-1',
  workspaceId: 'workspace-1',
  status: 'active',
  accessToken: 'enc(old-access)',
  refreshToken: 'enc(old-refresh)',
  accessTokenExpiresAt: new Date(0),
};

// A PostgreSQL restart as node-postgres reports it.
const databaseGone = () => new Error('Connection terminated unexpectedly');

// The refresh runs in a transaction holding the connection's row; `commit` is how it ends.
const build = (commit: () => Promise<void>, connection: Partial<WhopConnection> = CONNECTION) => {
  const rowInTransaction = {
    createQueryBuilder: () => ({
      setLock() {
        return this;
      },
      where() {
        return this;
      },
      getOneOrFail: async () => connection,
    }),
    update: jest.fn().mockResolvedValue(undefined),
  };
  const row = { update: jest.fn() };
  const manager = { getRepository: () => rowInTransaction };
  const dataSource = {
    transaction: async (work: (manager: unknown) => Promise<unknown>) => {
      const result = await work(manager);

      await commit();

      return result;
    },
    getRepository: () => row,
  };
  const oauth = {
    refresh: jest.fn().mockResolvedValue({
      accessToken: 'new-access',
      refreshToken: 'new-refresh',
      expiresAt: null,
      scopes: [],
    }),
  };
  const syncStatus = { markAsNeedsReauth: jest.fn() };
  const service = new WhopTokenService(
    dataSource as unknown as DataSource,
    {
      encrypt: (value: string) => `enc(${value})`,
      decryptOrNull: (value: string) => value.replace(/^enc\((.*)\)$/, '$1'),
    } as unknown as SecretEncryptionService,
    oauth as unknown as WhopOAuthService,
    syncStatus as unknown as WhopConnectionSyncStatusService,
  );

  return { service, row, rowInTransaction, manager, syncStatus, oauth, dataSource };
};

const ROTATED_COLUMNS = {
  accessToken: 'enc(new-access)',
  refreshToken: 'enc(new-refresh)',
  accessTokenExpiresAt: null,
};

describe('WhopTokenService.refreshAccessToken', () => {
  it('stores the rotated tokens in the transaction that holds the row', async () => {
    const { service, row, rowInTransaction } = build(async () => undefined);

    await expect(service.refreshAccessToken('connection-1', null)).resolves.toBe('new-access');
    expect(rowInTransaction.update).toHaveBeenCalledWith('connection-1', ROTATED_COLUMNS);
    expect(row.update).not.toHaveBeenCalled();
  });

  // Whop rotated the refresh token: the one stored is used up. Lost with the transaction, the
  // connection would need reconnecting.
  it('stores the rotated tokens once the database is back when it went away before the commit', async () => {
    const { service, row, syncStatus } = build(() => Promise.reject(databaseGone()));

    row.update.mockRejectedValueOnce(databaseGone()).mockResolvedValueOnce({ affected: 1 });
    await expect(service.refreshAccessToken('connection-1', null)).resolves.toBe('new-access');
    expect(row.update).toHaveBeenCalledTimes(2);
    expect(row.update).toHaveBeenLastCalledWith(
      { id: 'connection-1', refreshToken: 'enc(old-refresh)' },
      ROTATED_COLUMNS,
    );
    expect(syncStatus.markAsNeedsReauth).not.toHaveBeenCalled();
  });

  it('shares one refresh between the calls of the process that need it at once', async () => {
    const { service, oauth } = build(async () => undefined);

    await expect(
      Promise.all([
        service.refreshAccessToken('connection-1', null),
        service.refreshAccessToken('connection-1', null),
      ]),
    ).resolves.toEqual(['new-access', 'new-access']);
    expect(oauth.refresh).toHaveBeenCalledTimes(1);
  });

  // The shared refresh found the stored token fresh (it was asked by a call whose token was older):
  // that token is the one Whop just refused this call.
  it('refreshes again for a call that joined a refresh answering with the token Whop refused it', async () => {
    const { service, oauth } = build(async () => undefined, {
      ...CONNECTION,
      accessToken: 'enc(current-access)',
      accessTokenExpiresAt: new Date(Date.now() + 3_600_000),
    });

    await expect(
      Promise.all([
        service.refreshAccessToken('connection-1', 'older-access'),
        service.refreshAccessToken('connection-1', 'current-access'),
      ]),
    ).resolves.toEqual(['current-access', 'new-access']);
    expect(oauth.refresh).toHaveBeenCalledTimes(1);
  });

  // A reconnect waits for the row lock the refresh holds: marked after the commit, the connection
  // would need reconnecting again once the reconnect had stored its new grant.
  it('marks the connection as needing reconnection in the transaction of the refresh Whop refused', async () => {
    const events: string[] = [];
    const { service, manager, oauth, syncStatus } = build(async () => {
      events.push('commit');
    });

    oauth.refresh.mockRejectedValue(
      new WhopException('invalid_grant', WhopExceptionCode.AUTH_FAILED, {
        userFriendlyMessage: 'Whop no longer accepts this connection. Reconnect Whop.',
      }),
    );
    syncStatus.markAsNeedsReauth.mockImplementation(async () => {
      events.push('marked');
    });

    await expect(service.refreshAccessToken('connection-1', null)).rejects.toMatchObject({
      code: WhopExceptionCode.AUTH_FAILED,
    });
    expect(syncStatus.markAsNeedsReauth).toHaveBeenCalledWith(
      'connection-1',
      'Whop no longer accepts this connection. Reconnect Whop.',
      { manager },
    );
    expect(events).toEqual(['marked', 'commit']);
  });

  it('stores the rotated tokens on their own when the commit fails for another reason', async () => {
    const { service, row } = build(() => Promise.reject(new Error('deadlock detected')));

    row.update.mockResolvedValueOnce({ affected: 1 });
    await expect(service.refreshAccessToken('connection-1', null)).resolves.toBe('new-access');
    expect(row.update).toHaveBeenCalledTimes(1);
    expect(row.update).toHaveBeenCalledWith(
      { id: 'connection-1', refreshToken: 'enc(old-refresh)' },
      ROTATED_COLUMNS,
    );
  });

  it('lets a refresh Whop did not answer fail, storing nothing', async () => {
    const { service, row, oauth } = build(async () => undefined);

    oauth.refresh.mockRejectedValue(new Error('socket hang up'));
    await expect(service.refreshAccessToken('connection-1', null)).rejects.toThrow(
      'socket hang up',
    );
    expect(row.update).not.toHaveBeenCalled();
  });
});

// Each of a sync's calls, and each of the SDK's retries of it, asks for the refresh it needs.
describe('WhopTokenService: a refresh Whop refused without ending the grant', () => {
  afterEach(() => jest.useRealTimers());

  it('is not asked again before the time Whop asked to wait, then is', async () => {
    jest.useFakeTimers({ now: 0, doNotFake: ['nextTick', 'setImmediate'] });
    const { service, oauth } = build(async () => undefined);
    const busy = new WhopException('Token refresh failed: 429', WhopExceptionCode.TEMPORARY_ERROR, {
      retryAfterMs: 30_000,
    });

    oauth.refresh.mockRejectedValueOnce(busy);
    await expect(service.refreshAccessToken('connection-1', null)).rejects.toBe(busy);
    jest.setSystemTime(29_999);
    await expect(service.refreshAccessToken('connection-1', null)).rejects.toBe(busy);
    expect(oauth.refresh).toHaveBeenCalledTimes(1);

    jest.setSystemTime(30_000);
    await expect(service.refreshAccessToken('connection-1', null)).resolves.toBe('new-access');
    expect(oauth.refresh).toHaveBeenCalledTimes(2);
  });

  it('is not asked again for a minute when Whop refuses the request itself', async () => {
    jest.useFakeTimers({ now: 0, doNotFake: ['nextTick', 'setImmediate'] });
    const { service, oauth } = build(async () => undefined);

    oauth.refresh.mockRejectedValueOnce(
      new WhopException('Whop refused this app', WhopExceptionCode.UNKNOWN),
    );
    await expect(service.refreshAccessToken('connection-1', null)).rejects.toThrow(
      'Whop refused this app',
    );
    jest.setSystemTime(59_999);
    await expect(service.refreshAccessToken('connection-1', null)).rejects.toThrow(
      'Whop refused this app',
    );
    jest.setSystemTime(60_000);
    await expect(service.refreshAccessToken('connection-1', null)).resolves.toBe('new-access');
    expect(oauth.refresh).toHaveBeenCalledTimes(2);
  });

  it('asks again at once after a failure of ours, before Whop was asked', async () => {
    const { service, oauth, dataSource } = build(async () => undefined);

    jest.spyOn(dataSource, 'transaction').mockRejectedValueOnce(databaseGone());
    await expect(service.refreshAccessToken('connection-1', null)).rejects.toThrow(
      'Connection terminated unexpectedly',
    );
    await expect(service.refreshAccessToken('connection-1', null)).resolves.toBe('new-access');
    expect(oauth.refresh).toHaveBeenCalledTimes(1);
  });

  // Whop refused this process's refresh; another process's was accepted since.
  it('uses at once a token another process stored since', async () => {
    const connection = { ...CONNECTION };
    const { service, oauth } = build(async () => undefined, connection);

    oauth.refresh.mockRejectedValueOnce(
      new WhopException('Token refresh failed: 429', WhopExceptionCode.TEMPORARY_ERROR, {
        retryAfterMs: 30_000,
      }),
    );
    await expect(service.refreshAccessToken('connection-1', 'old-access')).rejects.toThrow('429');
    Object.assign(connection, {
      accessToken: 'enc(stored-elsewhere)',
      accessTokenExpiresAt: new Date(Date.now() + 3_600_000),
    });

    await expect(service.refreshAccessToken('connection-1', 'old-access')).resolves.toBe(
      'stored-elsewhere',
    );
    expect(oauth.refresh).toHaveBeenCalledTimes(1);
  });
});
