import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { isDefined } from 'twenty-shared';
import { validate as isUuid } from 'uuid';

import { EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import { SecretEncryptionService } from 'src/engine/core-modules/secret-encryption/secret-encryption.service';
import { getPostgresErrorCode } from 'src/engine/twenty-orm/utils/get-postgres-error-code.util';
import { getErrorMessage } from 'src/engine/utils/get-error-message.util';
import { WhopConnection } from 'src/modules/whop/entities/whop-connection.entity';
import { WhopApiClientService } from 'src/modules/whop/services/whop-api-client.service';
import { WhopGrantRevocationService } from 'src/modules/whop/services/whop-grant-revocation.service';
import { WhopConnectionSyncStatusService } from 'src/modules/whop/services/whop-connection-sync-status.service';
import {
  type WhopOAuthCallbackResult,
  WhopOAuthService,
  type WhopGrantTokens,
} from 'src/modules/whop/services/whop-oauth.service';
import { WhopSyncLogService } from 'src/modules/whop/services/whop-sync-log.service';
import { WhopSyncSchedulerService } from 'src/modules/whop/services/whop-sync-scheduler.service';
import { chooseWhopCompanyToConnect } from 'src/modules/whop/utils/choose-whop-company-to-connect.util';
import { lockWhopConnection } from 'src/modules/whop/utils/lock-whop-connection.util';
import { WhopException, WhopExceptionCode } from 'src/modules/whop/whop.exception';

const WEBHOOK_CREATION_ATTEMPTS = 3;
const WEBHOOK_CREATION_RETRY_DELAY_MS = 1_000;
const UNIQUE_VIOLATION = '23505';
// How long the OAuth callback waits for a connection's webhook and jobs before it sends the seller
// back: well within the minute a proxy in front allows a request.
const COMPLETING_WAIT_MS = 15_000;

// A grant stored for a connection: the connection as stored, the one it renewed (if any) as it was
// before, and the tokens of the grant it replaced, to revoke.
type StoredGrant = {
  connection: WhopConnection;
  previous: WhopConnection | null;
  replacedGrant: WhopGrantTokens | null;
};

// What the settings page says of a webhook registration that failed on an unexpected error.
export const UNEXPECTED_WEBHOOK_REGISTRATION_ERROR_MESSAGE =
  "Whop's webhook could not be registered because of an unexpected error (its details are in the server's log). Reconnect Whop to try again.";

// The life of a connection: created (or renewed) from a completed OAuth round trip, with its
// webhook and its syncs; found only within its workspace; disconnected with its records kept.
@Injectable()
export class WhopConnectionService {
  private readonly logger = new Logger(WhopConnectionService.name);

  constructor(
    @InjectRepository(WhopConnection)
    private readonly connectionRepository: Repository<WhopConnection>,
    private readonly environmentService: EnvironmentService,
    private readonly encryption: SecretEncryptionService,
    private readonly apiClientService: WhopApiClientService,
    private readonly oauthService: WhopOAuthService,
    private readonly syncStatusService: WhopConnectionSyncStatusService,
    private readonly scheduler: WhopSyncSchedulerService,
    private readonly syncLogService: WhopSyncLogService,
    private readonly grantRevocation: WhopGrantRevocationService,
  ) {}

  findAllInWorkspace(workspaceId: string): Promise<WhopConnection[]> {
    return this.connectionRepository.find({ where: { workspaceId }, order: { createdAt: 'ASC' } });
  }

  async findOneInWorkspace(workspaceId: string, connectionId: string): Promise<WhopConnection> {
    // An id that is no UUID names no connection (rather than a database error).
    const connection = isUuid(connectionId)
      ? await this.connectionRepository.findOneBy({ id: connectionId, workspaceId })
      : null;

    if (!connection) {
      throw new WhopException(
        `Connection ${connectionId} not found`,
        WhopExceptionCode.CONNECTION_NOT_FOUND,
      );
    }

    return connection;
  }

  // Stores the connection the seller approved on Whop; `reconnected` when the workspace had one to
  // that company already (it is renewed, not duplicated). A grant that could not be stored is
  // revoked: nothing keeps it alive on Whop. Once stored, the grant is the connection's: what
  // follows (the webhook, the jobs) is completed as far as it goes, never undone, and waited for
  // up to COMPLETING_WAIT_MS: Whop slow to answer (its retries of a failing call take minutes),
  // the seller is sent back meanwhile, before a proxy would cut the callback off, and it completes
  // behind (the settings page shows the webhook once it is registered).
  async connectFromOAuth(
    result: WhopOAuthCallbackResult,
  ): Promise<{ connection: WhopConnection; reconnected: boolean }> {
    let stored: StoredGrant;

    try {
      stored = await this.storeGrant(result);
    } catch (error) {
      await this.oauthService.revokeQuietly(result.tokens);
      throw error;
    }
    let timer: NodeJS.Timeout | undefined;

    await Promise.race([
      // Each step logs its own failure; nothing else may reject once the seller was sent back.
      this.completeConnecting(stored).catch((error: unknown) =>
        this.logger.warn(
          `Connection ${stored.connection.id} is stored, but completing it failed: ${getErrorMessage(error)}`,
        ),
      ),
      new Promise((resolve) => (timer = setTimeout(resolve, COMPLETING_WAIT_MS))),
    ]);
    clearTimeout(timer);

    return { connection: stored.connection, reconnected: isDefined(stored.previous) };
  }

  // Another callback of the workspace may store the same company between the read of its
  // connections and the insert (two Connect Whop flows at once): the insert then breaks the unique
  // index, and the grant is stored once more from a new read, as the later of two callbacks in a
  // row would be (renewing that connection, or refused as already connected).
  private async storeGrant(
    result: WhopOAuthCallbackResult,
    { isRetry = false }: { isRetry?: boolean } = {},
  ): Promise<StoredGrant> {
    const api = this.apiClientService.forAccessToken(result.tokens.accessToken);
    const { workspaceId } = result;
    const company = chooseWhopCompanyToConnect({
      companies: await api.listCompanies(),
      reconnectedCompanyId: result.reconnectedCompanyId,
      connections: await this.connectionRepository.find({
        select: { whopCompanyId: true, status: true },
        where: { workspaceId },
      }),
    });
    const tokenColumns = {
      accessToken: this.encryption.encrypt(result.tokens.accessToken, workspaceId),
      refreshToken: result.tokens.refreshToken
        ? this.encryption.encrypt(result.tokens.refreshToken, workspaceId)
        : null,
      accessTokenExpiresAt: result.tokens.expiresAt,
      scopes: result.tokens.scopes,
      whopUserId: result.whopUser.id,
      whopUserName: result.whopUser.name ?? result.whopUser.username,
      connectedByUserId: result.userId,
      whopCompanyTitle: company.title ?? '',
    };
    const previous = await this.connectionRepository.findOneBy({
      workspaceId,
      whopCompanyId: company.id,
    });

    if (previous) return { previous, ...(await this.renewGrant(previous.id, tokenColumns)) };

    try {
      return {
        previous: null,
        replacedGrant: null,
        connection: await this.connectionRepository.save(
          this.connectionRepository.create({
            workspaceId,
            whopCompanyId: company.id,
            ...tokenColumns,
          }),
        ),
      };
    } catch (error) {
      if (isRetry || getPostgresErrorCode(error) !== UNIQUE_VIOLATION) throw error;

      return this.storeGrant(result, { isRetry: true });
    }
  }

  // In one transaction, under the row lock a token refresh takes: the new grant's tokens and the
  // connection active again, waiting for its full sync; returned with the tokens of the grant they
  // replace (as a refresh that ran meanwhile left them), to revoke. Tokens this server can no
  // longer read cannot be revoked: they lapse on Whop's side.
  private renewGrant(
    connectionId: string,
    tokenColumns: Partial<WhopConnection>,
  ): Promise<Pick<StoredGrant, 'connection' | 'replacedGrant'>> {
    return this.connectionRepository.manager.transaction(async (manager) => {
      const repository = manager.getRepository(WhopConnection);
      const replaced = await lockWhopConnection(repository, connectionId);

      await repository.update(connectionId, tokenColumns);
      await this.syncStatusService.markAsReconnected(connectionId, manager);

      return {
        connection: await repository.findOneByOrFail({ id: connectionId }),
        replacedGrant: this.readGrant(replaced),
      };
    });
  }

  // A step that fails here is logged, not thrown: the connection stands, the settings page shows
  // what is missing (no webhook), and the scheduled jobs keeper queues the full sync or the
  // reconcile a connection lacks within minutes.
  private async completeConnecting({
    connection,
    previous,
    replacedGrant,
  }: StoredGrant): Promise<void> {
    // The import first, and the grant given up revoked at once: registering the webhook may wait
    // on Whop's retries, which neither should wait for (a restart meanwhile would forget the grant).
    await this.runCompletingStep(connection, 'queueing its full sync', async () => {
      if (previous) await this.scheduler.removePendingSyncJobs(connection.id);
      await this.scheduler.enqueueFullSync(connection);
    });
    await this.runCompletingStep(connection, 'scheduling its reconcile', () =>
      this.scheduler.scheduleReconcile(connection),
    );
    // The grant this one replaces stays valid on Whop until revoked: nothing uses it any more.
    if (replacedGrant) await this.grantRevocation.revokeOrRetryLater(connection, replacedGrant);
    await this.runCompletingStep(connection, 'setting up its webhook', async () => {
      // A webhook a disconnect could not delete is replaced: it may be gone from Whop meanwhile.
      if (
        previous?.status === 'revoked' &&
        connection.whopWebhookId &&
        (await this.deleteWebhookQuietly(connection))
      ) {
        await this.connectionRepository.update(connection.id, {
          whopWebhookId: null,
          webhookSecret: null,
        });
        connection.whopWebhookId = null;
      }
      if (!connection.whopWebhookId) await this.registerWebhook(connection);
    });
  }

  private async runCompletingStep(
    connection: WhopConnection,
    step: string,
    run: () => Promise<unknown>,
  ): Promise<void> {
    try {
      await run();
    } catch (error) {
      this.logger.warn(
        `Connection ${connection.id} is stored, but ${step} failed: ${getErrorMessage(error)}`,
      );
    }
  }

  // Whop creates an endpoint per request: each attempt first deletes the endpoints at this
  // connection's URL that an earlier attempt left (created on Whop, its answer lost, its secret
  // never known), so that retrying leaves one endpoint, the one whose secret is stored.
  private async createWebhookOnce(
    connection: WhopConnection,
  ): Promise<{ id: string; secret: string }> {
    const api = this.apiClientService.forConnection(connection.id);
    const url = this.getWebhookUrl(connection);

    for (let attempt = 1; ; attempt++) {
      try {
        for (const left of await api.listWebhooks(connection.whopCompanyId)) {
          if (left.url === url) await api.deleteWebhook(left.id);
        }

        return await api.createWebhook(connection.whopCompanyId, url);
      } catch (error) {
        const temporary =
          error instanceof WhopException && error.code === WhopExceptionCode.TEMPORARY_ERROR;

        if (!temporary || attempt === WEBHOOK_CREATION_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, WEBHOOK_CREATION_RETRY_DELAY_MS));
      }
    }
  }

  getWebhookUrl(connection: WhopConnection): string {
    return `${this.environmentService.get('SERVER_URL')}/webhooks/whop/${connection.id}`;
  }

  // Disconnect: stop the jobs, revoke the grant, delete the webhook, keep the synced records.
  async disconnect(workspaceId: string, connectionId: string): Promise<WhopConnection> {
    const connection = await this.findOneInWorkspace(workspaceId, connectionId);

    await this.unscheduleQuietly(connection.id);
    const webhookDeleted =
      connection.status === 'active' && (await this.deleteWebhookQuietly(connection));
    const grant = await this.clearGrant(connection, webhookDeleted);

    if (grant) await this.grantRevocation.revokeOrRetryLater(connection, grant);
    await this.syncLogService.failRunsOfDisconnected(connection.id);
    // Again, now that it is revoked: the scheduled jobs keeper may have queued a job meanwhile.
    await this.unscheduleQuietly(connection.id);

    return this.connectionRepository.findOneByOrFail({ id: connection.id });
  }

  // A connection's sync jobs off the queue, or a warning when Redis is out of reach: a disconnect
  // goes on all the same (a job left there does nothing for a disconnected connection, and the
  // scheduled jobs keeper removes its reconcile once the queue answers).
  private async unscheduleQuietly(connectionId: string): Promise<void> {
    try {
      await this.scheduler.unschedule(connectionId);
    } catch (error) {
      this.logger.warn(
        `Could not remove the sync jobs of connection ${connectionId} from the queue: ${getErrorMessage(error)}`,
      );
    }
  }

  // In one transaction, under the row lock a token refresh and a reconnect take: the connection
  // revoked, its tokens cleared, and its webhook forgotten once gone from Whop (one left there, its
  // deletion failed or not allowed, stays known, so that connecting the company again deletes it
  // rather than add a second one). Returns the grant's tokens as it held them then, as a refresh or
  // a reconnect that ran meanwhile left them, to revoke once nothing here can use them any more;
  // null when it held none this server can still read (they lapse on Whop's side).
  private clearGrant(
    connection: WhopConnection,
    webhookDeleted: boolean,
  ): Promise<WhopGrantTokens | null> {
    return this.connectionRepository.manager.transaction(async (manager) => {
      const repository = manager.getRepository(WhopConnection);
      const locked = await lockWhopConnection(repository, connection.id);
      const webhookGone =
        !locked.whopWebhookId ||
        (webhookDeleted && locked.whopWebhookId === connection.whopWebhookId);

      await repository.update(connection.id, {
        accessToken: '',
        refreshToken: null,
        ...(webhookGone && { webhookSecret: null, whopWebhookId: null }),
      });
      await this.syncStatusService.markAsRevoked(connection.id, manager);

      return this.readGrant(locked);
    });
  }

  // The grant a connection holds, to revoke: null when it holds no token this server can still
  // read (it lapses on Whop's side).
  private readGrant(connection: WhopConnection): WhopGrantTokens | null {
    const accessToken = this.encryption.decryptOrNull(
      connection.accessToken,
      connection.workspaceId,
    );
    const refreshToken = this.encryption.decryptOrNull(
      connection.refreshToken,
      connection.workspaceId,
    );

    return accessToken || refreshToken ? { accessToken: accessToken ?? '', refreshToken } : null;
  }

  // Whether the connection's webhook is gone from Whop (deleted now, already gone, or there was
  // none); a failure is logged, not thrown.
  private async deleteWebhookQuietly(connection: WhopConnection): Promise<boolean> {
    if (!connection.whopWebhookId) return true;
    try {
      await this.apiClientService
        .forConnection(connection.id)
        .deleteWebhook(connection.whopWebhookId);

      return true;
    } catch (error) {
      if (error instanceof WhopException && error.code === WhopExceptionCode.NOT_FOUND) return true;
      this.logger.warn(`Webhook deletion failed: ${getErrorMessage(error)}`);

      return false;
    }
  }

  // Without `developer:manage_webhook` Whop answers 403: the connection still works (the reconcile
  // carries the sync) and the settings page asks to grant it and reconnect.
  private async registerWebhook(connection: WhopConnection): Promise<void> {
    try {
      const webhook = await this.createWebhookOnce(connection);

      await this.connectionRepository.update(connection.id, {
        whopWebhookId: webhook.id,
        webhookSecret: this.encryption.encrypt(webhook.secret, connection.workspaceId),
        webhookRegistrationError: null,
      });
    } catch (error) {
      this.logger.warn(
        `Webhook registration for connection ${connection.id} failed: ${getErrorMessage(error)}`,
      );
      // The settings page shows it: Whop's reason as classified, never an unexpected error's
      // own text (it may carry internals).
      await this.connectionRepository.update(connection.id, {
        webhookRegistrationError:
          error instanceof WhopException
            ? error.userFriendlyMessage
            : UNEXPECTED_WEBHOOK_REGISTRATION_ERROR_MESSAGE,
      });
    }
  }
}
