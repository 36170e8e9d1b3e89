import { type Repository } from 'typeorm';

import { type EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import { type SecretEncryptionService } from 'src/engine/core-modules/secret-encryption/secret-encryption.service';
import { type WhopConnection } from 'src/modules/whop/entities/whop-connection.entity';
import { type WhopApiClientService } from 'src/modules/whop/services/whop-api-client.service';
import {
  UNEXPECTED_WEBHOOK_REGISTRATION_ERROR_MESSAGE,
  WhopConnectionService,
} from 'src/modules/whop/services/whop-connection.service';
import { type WhopConnectionSyncStatusService } from 'src/modules/whop/services/whop-connection-sync-status.service';
import { type WhopGrantRevocationService } from 'src/modules/whop/services/whop-grant-revocation.service';
import {
  type WhopOAuthCallbackResult,
  type WhopOAuthService,
} from 'src/modules/whop/services/whop-oauth.service';
import { type WhopSyncLogService } from 'src/modules/whop/services/whop-sync-log.service';
import { type WhopSyncSchedulerService } from 'src/modules/whop/services/whop-sync-scheduler.service';
import { WhopException, WhopExceptionCode } from 'src/modules/whop/whop.exception';

const CONNECTION_ID = '0190c6a0-0000-7000-8000-000000000001';
const WEBHOOK_URL = `http://localhost:3000/webhooks/whop/${CONNECTION_ID}`;
const CALLBACK: WhopOAuthCallbackResult = {
  workspaceId: 'workspace-1',
  userId: 'user-1',
  reconnectedCompanyId: null,
  tokens: { accessToken: 'access', refreshToken: 'refresh', expiresAt: null, scopes: [] },
  whopUser: { id: 'user_1', name: 'Sam', username: 'sam', email: null },
};

// Tokens are "encrypted" as themselves: what matters here is which one goes where.
const build = (stored: Partial<WhopConnection>[]) => {
  // The first read finds the connection; the later ones read it again, as it then is.
  const reads = stored.slice(1);
  const readAgain = async () => reads.shift() ?? stored.at(-1);
  const lockedRead: {
    setLock: jest.Mock;
    where: () => unknown;
    getOneOrFail: jest.Mock;
  } = {
    setLock: jest.fn(() => lockedRead),
    where: () => lockedRead,
    getOneOrFail: jest.fn().mockImplementation(readAgain),
  };
  const repository = {
    find: jest.fn().mockResolvedValue(stored.slice(0, 1)),
    findOneBy: jest.fn().mockResolvedValue(stored[0] ?? null),
    findOneByOrFail: jest.fn().mockImplementation(readAgain),
    createQueryBuilder: () => lockedRead,
    update: jest.fn().mockResolvedValue(undefined),
    create: (fields: Partial<WhopConnection>) => fields,
    save: jest.fn().mockImplementation(async (fields: Partial<WhopConnection>) => ({
      id: CONNECTION_ID,
      ...fields,
    })),
    // One transaction, on the same repository: what matters here is what is written and read.
    manager: {
      transaction: (work: (manager: unknown) => Promise<unknown>) =>
        work({ getRepository: () => repository }),
    },
  };
  const webhooks = {
    deleteWebhook: jest.fn().mockResolvedValue(undefined),
    createWebhook: jest.fn().mockResolvedValue({ id: 'hook_1', secret: 'ws_secret' }),
    listWebhooks: jest.fn().mockResolvedValue([]),
  };
  const api = { listCompanies: jest.fn().mockResolvedValue([]) };
  const apiClient = {
    forAccessToken: jest.fn().mockReturnValue(api),
    forConnection: jest.fn().mockReturnValue(webhooks),
  };
  const oauth = {
    revoke: jest.fn().mockResolvedValue(undefined),
    revokeQuietly: jest.fn().mockResolvedValue(undefined),
  };
  const encryption = {
    encrypt: (value: string) => value,
    decrypt: (value: string) => value,
    decryptOrNull: (value: string | null) => value,
  };
  const syncStatus = { markAsRevoked: jest.fn().mockResolvedValue(undefined) };
  const scheduler = {
    unschedule: jest.fn().mockResolvedValue(undefined),
    enqueueFullSync: jest.fn().mockResolvedValue('job-1'),
    scheduleReconcile: jest.fn().mockResolvedValue(undefined),
  };
  const syncLog = { failRunsOfDisconnected: jest.fn().mockResolvedValue(undefined) };
  const grantRevocation = { revokeOrRetryLater: jest.fn().mockResolvedValue(undefined) };
  const service = new WhopConnectionService(
    repository as unknown as Repository<WhopConnection>,
    { get: () => 'http://localhost:3000' } as unknown as EnvironmentService,
    encryption as unknown as SecretEncryptionService,
    apiClient as unknown as WhopApiClientService,
    oauth as unknown as WhopOAuthService,
    syncStatus as unknown as WhopConnectionSyncStatusService,
    scheduler as unknown as WhopSyncSchedulerService,
    syncLog as unknown as WhopSyncLogService,
    grantRevocation as unknown as WhopGrantRevocationService,
  );

  return {
    service,
    repository,
    oauth,
    webhooks,
    syncLog,
    scheduler,
    api,
    grantRevocation,
    lockedRead,
  };
};

describe('WhopConnectionService', () => {
  it('revokes a grant it could not store a connection for', async () => {
    const { service, oauth } = build([]);

    await expect(service.connectFromOAuth(CALLBACK)).rejects.toMatchObject({
      code: WhopExceptionCode.OAUTH_NO_COMPANY,
    });
    expect(oauth.revokeQuietly).toHaveBeenCalledWith(CALLBACK.tokens);
  });

  describe('a company connected for the first time', () => {
    const withCompany = () => {
      const built = build([]);

      built.api.listCompanies.mockResolvedValue([{ id: 'biz_1', title: 'Acme' }]);

      return built;
    };

    it('revokes the grant when the connection cannot be stored', async () => {
      const { service, repository, oauth } = withCompany();

      repository.save.mockRejectedValue(new Error('Connection terminated unexpectedly'));
      await expect(service.connectFromOAuth(CALLBACK)).rejects.toThrow(
        'Connection terminated unexpectedly',
      );
      expect(oauth.revokeQuietly).toHaveBeenCalledWith(CALLBACK.tokens);
    });

    // Two Connect Whop flows of the workspace at once: the other callback stored the company
    // between this one's read and its insert. This one ends as the later of two callbacks in a row
    // does (here: the account's only company is connected), not as an unknown error.
    it('reads the connections again when another callback stored the company meanwhile', async () => {
      const { service, repository, oauth } = withCompany();

      repository.save.mockRejectedValueOnce(
        Object.assign(new Error('duplicate key value violates unique constraint'), {
          driverError: { code: '23505' },
        }),
      );
      repository.find
        .mockResolvedValueOnce([])
        .mockResolvedValueOnce([{ whopCompanyId: 'biz_1', status: 'active' }]);
      await expect(service.connectFromOAuth(CALLBACK)).rejects.toMatchObject({
        code: WhopExceptionCode.OAUTH_ALL_CONNECTED,
      });
      expect(repository.save).toHaveBeenCalledTimes(1);
      expect(oauth.revokeQuietly).toHaveBeenCalledWith(CALLBACK.tokens);
    });

    // An endpoint Whop created for an attempt whose answer was lost has no secret we know.
    it('deletes an endpoint an earlier attempt left at its URL before creating its own', async () => {
      const { service, webhooks, repository } = withCompany();

      webhooks.listWebhooks.mockResolvedValue([
        { id: 'hook_left', url: WEBHOOK_URL },
        { id: 'hook_other_app', url: 'https://elsewhere.example/whop' },
      ]);
      await service.connectFromOAuth(CALLBACK);
      expect(webhooks.deleteWebhook).toHaveBeenCalledTimes(1);
      expect(webhooks.deleteWebhook).toHaveBeenCalledWith('hook_left');
      expect(webhooks.createWebhook).toHaveBeenCalledTimes(1);
      expect(repository.update).toHaveBeenCalledWith(
        CONNECTION_ID,
        expect.objectContaining({ whopWebhookId: 'hook_1', webhookRegistrationError: null }),
      );
    });

    it('retries a creation Whop failed, deleting what that attempt may have left', async () => {
      const { service, webhooks, repository } = withCompany();

      webhooks.createWebhook.mockRejectedValueOnce(
        new WhopException('create webhook: Whop answered 503', WhopExceptionCode.TEMPORARY_ERROR),
      );
      webhooks.listWebhooks
        .mockResolvedValueOnce([])
        .mockResolvedValueOnce([{ id: 'hook_left', url: WEBHOOK_URL }]);
      await service.connectFromOAuth(CALLBACK);
      expect(webhooks.deleteWebhook).toHaveBeenCalledWith('hook_left');
      expect(webhooks.createWebhook).toHaveBeenCalledTimes(2);
      expect(repository.update).toHaveBeenCalledWith(
        CONNECTION_ID,
        expect.objectContaining({ whopWebhookId: 'hook_1' }),
      );
    });

    it("shows Whop's reason for a webhook it refused, and no unexpected error's own text", async () => {
      const { service, webhooks, repository } = withCompany();

      webhooks.createWebhook.mockRejectedValue(
        new WhopException('Forbidden', WhopExceptionCode.INSUFFICIENT_PERMISSIONS, {
          userFriendlyMessage: 'The Whop app is missing a permission: developer:manage_webhook.',
        }),
      );
      await service.connectFromOAuth(CALLBACK);
      expect(repository.update).toHaveBeenLastCalledWith(CONNECTION_ID, {
        webhookRegistrationError: 'The Whop app is missing a permission: developer:manage_webhook.',
      });
      webhooks.createWebhook.mockRejectedValue(
        new TypeError("Cannot read properties of undefined (reading 'webhook_secret')"),
      );
      await service.connectFromOAuth(CALLBACK);
      expect(repository.update).toHaveBeenLastCalledWith(CONNECTION_ID, {
        webhookRegistrationError: UNEXPECTED_WEBHOOK_REGISTRATION_ERROR_MESSAGE,
      });
    });

    // Redis refusing the job, say: the scheduled jobs keeper queues it within minutes.
    it('keeps the stored connection and its grant when its sync cannot be queued', async () => {
      const { service, oauth, scheduler } = withCompany();

      scheduler.enqueueFullSync.mockRejectedValue(new Error('READONLY'));
      await expect(service.connectFromOAuth(CALLBACK)).resolves.toMatchObject({
        connection: { id: CONNECTION_ID, whopCompanyId: 'biz_1' },
        reconnected: false,
      });
      expect(scheduler.scheduleReconcile).toHaveBeenCalled();
      expect(oauth.revokeQuietly).not.toHaveBeenCalled();
    });
  });

  it('revokes the refresh token stored once the webhook is deleted, which that call may renew, read under the row lock', async () => {
    const { service, webhooks, syncLog, grantRevocation, lockedRead, repository } = build([
      {
        id: CONNECTION_ID,
        workspaceId: 'workspace-1',
        status: 'active',
        whopWebhookId: 'hook_1',
        refreshToken: 'refresh-1',
      },
      { id: CONNECTION_ID, refreshToken: 'refresh-2' },
      { id: CONNECTION_ID, status: 'revoked' },
    ]);

    await service.disconnect('workspace-1', CONNECTION_ID);
    expect(webhooks.deleteWebhook).toHaveBeenCalledWith('hook_1');
    expect(syncLog.failRunsOfDisconnected).toHaveBeenCalledWith(CONNECTION_ID);
    // The second read, the one that finds the renewed token, is the one under the row lock.
    expect(lockedRead.setLock).toHaveBeenCalledWith('pessimistic_write');
    expect(lockedRead.getOneOrFail).toHaveBeenCalledTimes(1);
    expect(repository.findOneByOrFail).toHaveBeenCalledTimes(1);
    expect(grantRevocation.revokeOrRetryLater).toHaveBeenCalledTimes(1);
    expect(grantRevocation.revokeOrRetryLater).toHaveBeenCalledWith(
      expect.objectContaining({ id: CONNECTION_ID }),
      { refreshToken: 'refresh-2', accessToken: '' },
    );
  });

  it('revokes the access token of a grant that has no refresh token', async () => {
    const { service, grantRevocation } = build([
      {
        id: CONNECTION_ID,
        workspaceId: 'workspace-1',
        status: 'needs_reauth',
        accessToken: 'access-1',
        refreshToken: null,
      },
    ]);

    await service.disconnect('workspace-1', CONNECTION_ID);
    expect(grantRevocation.revokeOrRetryLater).toHaveBeenCalledWith(
      expect.objectContaining({ id: CONNECTION_ID }),
      { accessToken: 'access-1', refreshToken: null },
    );
  });

  // Redis out of reach: the jobs left on the queue do nothing for a disconnected connection, and
  // the scheduled jobs keeper removes its reconcile once the queue answers.
  it('disconnects while the queue does not answer', async () => {
    const { service, scheduler, grantRevocation, syncLog } = build([
      {
        id: CONNECTION_ID,
        workspaceId: 'workspace-1',
        status: 'active',
        accessToken: 'access-1',
        refreshToken: 'refresh-1',
      },
    ]);

    scheduler.unschedule.mockRejectedValue(
      new Error("Stream isn't writeable and enableOfflineQueue options is false"),
    );
    await service.disconnect('workspace-1', CONNECTION_ID);
    expect(grantRevocation.revokeOrRetryLater).toHaveBeenCalledWith(
      expect.objectContaining({ id: CONNECTION_ID }),
      { accessToken: 'access-1', refreshToken: 'refresh-1' },
    );
    expect(syncLog.failRunsOfDisconnected).toHaveBeenCalledWith(CONNECTION_ID);
  });

  it('revokes nothing when the connection holds no token', async () => {
    const { service, grantRevocation } = build([
      {
        id: CONNECTION_ID,
        workspaceId: 'workspace-1',
        status: 'revoked',
        accessToken: '',
        refreshToken: null,
      },
    ]);

    await service.disconnect('workspace-1', CONNECTION_ID);
    expect(grantRevocation.revokeOrRetryLater).not.toHaveBeenCalled();
  });

  describe('a webhook Whop did not delete', () => {
    const ACTIVE_WITH_WEBHOOK: Partial<WhopConnection> = {
      id: CONNECTION_ID,
      workspaceId: 'workspace-1',
      status: 'active',
      whopWebhookId: 'hook_1',
      refreshToken: 'refresh-1',
    };
    const forgetsWebhook = (repository: ReturnType<typeof build>['repository']) =>
      expect(repository.update).toHaveBeenCalledWith(
        CONNECTION_ID,
        expect.objectContaining({ whopWebhookId: null, webhookSecret: null }),
      );
    const keepsWebhook = (repository: ReturnType<typeof build>['repository']) =>
      expect(repository.update).not.toHaveBeenCalledWith(
        CONNECTION_ID,
        expect.objectContaining({ whopWebhookId: null }),
      );

    it('stays known when its deletion fails, so that connecting again replaces it', async () => {
      const { service, repository, webhooks } = build([ACTIVE_WITH_WEBHOOK]);

      webhooks.deleteWebhook.mockRejectedValue(
        new WhopException('Forbidden', WhopExceptionCode.INSUFFICIENT_PERMISSIONS),
      );
      await service.disconnect('workspace-1', CONNECTION_ID);
      keepsWebhook(repository);
    });

    it('stays known when the grant no longer allows deleting it', async () => {
      const { service, repository, webhooks } = build([
        { ...ACTIVE_WITH_WEBHOOK, status: 'needs_reauth' },
      ]);

      await service.disconnect('workspace-1', CONNECTION_ID);
      expect(webhooks.deleteWebhook).not.toHaveBeenCalled();
      keepsWebhook(repository);
    });

    it('is forgotten once deleted, or when Whop no longer has it', async () => {
      const deleted = build([ACTIVE_WITH_WEBHOOK]);

      await deleted.service.disconnect('workspace-1', CONNECTION_ID);
      forgetsWebhook(deleted.repository);

      const gone = build([ACTIVE_WITH_WEBHOOK]);

      gone.webhooks.deleteWebhook.mockRejectedValue(
        new WhopException('Not found', WhopExceptionCode.NOT_FOUND),
      );
      await gone.service.disconnect('workspace-1', CONNECTION_ID);
      forgetsWebhook(gone.repository);
    });
  });

  it('finds no connection for an id that is no UUID, without asking the database', async () => {
    const { service, repository } = build([]);

    await expect(service.findOneInWorkspace('workspace-1', 'not-a-uuid')).rejects.toMatchObject({
      code: WhopExceptionCode.CONNECTION_NOT_FOUND,
    });
    expect(repository.findOneBy).not.toHaveBeenCalled();
  });

  it('lets a database failure through instead of calling the connection missing', async () => {
    const { service, repository } = build([]);

    repository.findOneBy.mockRejectedValue(new Error('Connection terminated unexpectedly'));
    await expect(service.findOneInWorkspace('workspace-1', CONNECTION_ID)).rejects.toThrow(
      'Connection terminated unexpectedly',
    );
  });
});
