import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Raw, Repository } from 'typeorm';

import { SecretEncryptionService } from 'src/engine/core-modules/secret-encryption/secret-encryption.service';
import { InjectMessageQueue } from 'src/engine/core-modules/message-queue/decorators/inject-message-queue.decorator';
import { MessageQueue } from 'src/engine/core-modules/message-queue/message-queue.constants';
import { type MessageQueueService } from 'src/engine/core-modules/message-queue/services/message-queue.service';
import { type ScheduledJobsOwner } from 'src/engine/core-modules/message-queue/services/scheduled-jobs-keeper.service';
import { getErrorMessage } from 'src/engine/utils/get-error-message.util';
import {
  WhopConnection,
  type WhopGrantToRevoke,
} from 'src/modules/whop/entities/whop-connection.entity';
import {
  type WhopGrantTokens,
  WhopOAuthService,
} from 'src/modules/whop/services/whop-oauth.service';
import { readWhopOAuthErrorCode } from 'src/modules/whop/utils/read-whop-oauth-error-code.util';

// Whether Whop's refusal of a revocation leaves nothing to revoke, however often it is asked: a
// token no longer valid, or an access token (kept when a grant had no refresh token) of a kind
// Whop does not revoke (RFC 7009), which lapses within the hour.
const isRevocationNeedless = (oauthError: string, grant: WhopGrantToRevoke): boolean =>
  oauthError === 'invalid_grant' ||
  oauthError === 'invalid_token' ||
  (oauthError === 'unsupported_token_type' && grant.tokenTypeHint === 'access_token');

// About an hour of tries (BullMQ's exponential backoff from one second); a grant still there
// after them gets a job with as many again at the server's next scheduled jobs check.
const REVOCATION_RETRIES = 12;

const getRevocationDeduplicationId = (connectionId: string) => `whop-revoke-grants-${connectionId}`;

// The job that tries again (WhopRevokeGrantsJob), named here: the job depends on this service.
export const WHOP_REVOKE_GRANTS_JOB_NAME = 'WhopRevokeGrantsJob';

export type WhopRevokeGrantsJobData = { connectionId: string };

// A grant a connection gives up (Disconnect, or a reconnect replacing it) is revoked on Whop. When
// Whop does not confirm it (an error, a timeout), its token is kept on the connection, encrypted,
// and a job tries again until Whop does: a grant given up never stays alive on Whop for want of
// one answer.
@Injectable()
export class WhopGrantRevocationService implements ScheduledJobsOwner {
  readonly scheduledJobsName = 'the revocation of Whop grants';
  private readonly logger = new Logger(WhopGrantRevocationService.name);

  constructor(
    @InjectRepository(WhopConnection)
    private readonly connectionRepository: Repository<WhopConnection>,
    @InjectMessageQueue(MessageQueue.whopQueue) private readonly queue: MessageQueueService,
    private readonly encryption: SecretEncryptionService,
    private readonly oauthService: WhopOAuthService,
  ) {}

  // Its refresh token, else (a grant without one) its access token. Never throws: what it could
  // not keep for later is logged (the grant then lapses on Whop's side).
  async revokeOrRetryLater(
    connection: Pick<WhopConnection, 'id' | 'workspaceId'>,
    { refreshToken, accessToken }: WhopGrantTokens,
  ): Promise<void> {
    const tokenTypeHint = refreshToken ? 'refresh_token' : 'access_token';
    const token = refreshToken ?? accessToken;

    try {
      await this.oauthService.revoke(token, tokenTypeHint);

      return;
    } catch (error) {
      this.logger.warn(
        `Revoking a grant of connection ${connection.id} failed, tried again later: ${getErrorMessage(error)}`,
      );
    }
    try {
      await this.updateGrantsToRevoke(connection.id, `"grantsToRevoke" || :grant::jsonb`, [
        { token: this.encryption.encrypt(token, connection.workspaceId), tokenTypeHint },
      ]);
    } catch (error) {
      this.logger.warn(
        `A grant of connection ${connection.id} Whop did not revoke could not be kept to revoke later: ${getErrorMessage(error)}`,
      );

      return;
    }
    // Not queued (Redis out of reach): the scheduled jobs check queues it.
    await this.enqueue(connection.id).catch((error: unknown) =>
      this.logger.warn(
        `Could not queue the revocation of a grant of connection ${connection.id}: ${getErrorMessage(error)}`,
      ),
    );
  }

  // The job: each grant the connection has to revoke, removed once Whop confirms, until none is
  // left (one kept while the job ran, whose own job the queue deduplicated away, included); a
  // failure fails the job, which the queue tries again, once the grants after it were tried. A
  // token this server can no longer read cannot be revoked: it is dropped, and lapses on Whop's
  // side; so is one whose revocation Whop says is needless.
  async revokePending(connectionId: string): Promise<void> {
    const tried = new Set<string>();
    let failure: unknown = null;

    for (;;) {
      const connection = await this.connectionRepository.findOneBy({ id: connectionId });
      const grant = connection?.grantsToRevoke.find(({ token }) => !tried.has(token));

      if (!connection || !grant) break;
      tried.add(grant.token);
      const token = this.encryption.decryptOrNull(grant.token, connection.workspaceId);

      try {
        if (token !== null) await this.oauthService.revoke(token, grant.tokenTypeHint);
      } catch (error) {
        const oauthError = await readWhopOAuthErrorCode(error);

        if (oauthError === undefined || !isRevocationNeedless(oauthError, grant)) {
          failure ??= error;
          continue;
        }
        this.logger.warn(
          `Whop has nothing to revoke of a grant of connection ${connectionId} (${oauthError}): dropped`,
        );
      }
      await this.updateGrantsToRevoke(
        connectionId,
        `(SELECT COALESCE(jsonb_agg(kept), '[]'::jsonb)
          FROM jsonb_array_elements("grantsToRevoke") AS kept WHERE kept <> :grant::jsonb)`,
        grant,
      );
    }
    if (failure !== null) throw failure;
  }

  // A grant left to revoke whose job the queue no longer has (it lost it, or its tries ran out)
  // gets one again.
  async restoreScheduledJobs(): Promise<number> {
    const connections = await this.connectionRepository.find({
      select: { id: true },
      where: { grantsToRevoke: Raw((column) => `jsonb_array_length(${column}) > 0`) },
    });
    let restored = 0;

    for (const { id } of connections) {
      if (await this.queue.hasDeduplicatedJob(getRevocationDeduplicationId(id))) continue;
      await this.enqueue(id);
      restored += 1;
    }

    return restored;
  }

  // The connection's grants to revoke set to `expression`, which reads `grant` as `:grant::jsonb`.
  private async updateGrantsToRevoke(
    connectionId: string,
    expression: string,
    grant: WhopGrantToRevoke | WhopGrantToRevoke[],
  ): Promise<void> {
    await this.connectionRepository
      .createQueryBuilder()
      .update()
      .set({ grantsToRevoke: () => expression })
      .where('id = :id', { id: connectionId })
      .setParameter('grant', JSON.stringify(grant))
      .execute();
  }

  private async enqueue(connectionId: string): Promise<void> {
    const data: WhopRevokeGrantsJobData = { connectionId };

    await this.queue.add(WHOP_REVOKE_GRANTS_JOB_NAME, data, {
      deduplicationId: getRevocationDeduplicationId(connectionId),
      retryLimit: REVOCATION_RETRIES,
    });
  }
}
