import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';

import { SecretEncryptionService } from 'src/engine/core-modules/secret-encryption/secret-encryption.service';
import { isDatabaseUnavailableError } from 'src/engine/twenty-orm/utils/is-database-unavailable-error.util';
import { WHOP_MAX_RETRY_AFTER_MS } from 'src/modules/whop/constants/whop-max-retry-after.constant';
import { WhopConnection } from 'src/modules/whop/entities/whop-connection.entity';
import { WhopConnectionSyncStatusService } from 'src/modules/whop/services/whop-connection-sync-status.service';
import { type WhopTokenSet, WhopOAuthService } from 'src/modules/whop/services/whop-oauth.service';
import { lockWhopConnection } from 'src/modules/whop/utils/lock-whop-connection.util';
import { WhopException, WhopExceptionCode } from 'src/modules/whop/whop.exception';

const EXPIRY_MARGIN_MS = 60_000;
// How long a refresh Whop refused, without ending the grant, is answered from memory: as long as
// Whop asked (capped), else a few seconds when Whop was busy or failing, and a minute when it
// refused the request itself (this app's credentials, say).
const REFUSED_REFRESH_MEMORY_MS = { temporary: 5_000, refused: 60_000 };
// The first try at once (another refresh must not find the used-up token meanwhile), then retries.
const STORE_ROTATED_TOKENS_DELAYS_MS = [0, 500, 1_000, 2_000, 4_000, 8_000, 16_000, 32_000];

// Tokens Whop issued for a refresh, ready to store, and the refresh token they replace.
type RotatedTokens = {
  accessToken: string;
  columns: Pick<WhopConnection, 'accessToken' | 'refreshToken' | 'accessTokenExpiresAt'>;
  usedRefreshToken: string | null;
};

// Hands out a usable access token for a connection. A refresh is single-flight across processes:
// it runs under a row lock on the connection, re-checks after taking the lock (another worker may
// have refreshed already), and stores the rotated refresh token in the same transaction, or, when
// that transaction failed after Whop answered, on its own: at once, or, while the database is
// out of reach, as soon as it is back.
// A refresh Whop refused is not asked again at once: each of a sync's calls, and each of the SDK's
// retries of it, would otherwise send its own, against a token endpoint that is busy, asked to be
// left alone for a while (a 429's Retry-After), or refuses them all alike. Checked under the row
// lock, once the stored token is read: one another process stored meanwhile is used at once.
@Injectable()
export class WhopTokenService {
  private readonly refreshesInFlight = new Map<string, Promise<string>>();
  private readonly refusedRefreshes = new Map<string, { error: WhopException; until: number }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly encryption: SecretEncryptionService,
    private readonly oauthService: WhopOAuthService,
    private readonly syncStatusService: WhopConnectionSyncStatusService,
  ) {}

  async getAccessToken(connectionId: string): Promise<string> {
    const connection = await this.dataSource
      .getRepository(WhopConnection)
      .findOneByOrFail({ id: connectionId });

    this.assertUsable(connection);
    const token = this.isFresh(connection)
      ? this.encryption.decryptOrNull(connection.accessToken, connection.workspaceId)
      : null;

    return token ?? this.refreshAccessToken(connectionId, null);
  }

  // `rejectedToken` is the token Whop just refused; if the stored one differs, someone else
  // refreshed in the meantime and that one is returned without a new refresh.
  // Calls of one process that need a refresh at once share it: one that came after Whop rotated
  // the tokens would otherwise find the used-up refresh token still stored (its commit lost, the
  // rotated tokens waiting for the database) and take the connection for revoked.
  async refreshAccessToken(connectionId: string, rejectedToken: string | null): Promise<string> {
    const inFlight = this.refreshesInFlight.get(connectionId);

    if (inFlight) {
      const shared = await inFlight;

      // Asked by a call with an older token, it found the stored one fresh: the one Whop refused
      // this call.
      return shared === rejectedToken
        ? this.refreshAccessToken(connectionId, rejectedToken)
        : shared;
    }
    const refresh = this.refreshOnce(connectionId, rejectedToken).finally(() =>
      this.refreshesInFlight.delete(connectionId),
    );

    this.refreshesInFlight.set(connectionId, refresh);

    return refresh;
  }

  private async refreshOnce(connectionId: string, rejectedToken: string | null): Promise<string> {
    let authFailure: WhopException | null = null;
    // Whop's answer, once it rotated the refresh token: the one stored is used up from then on.
    let rotated: RotatedTokens | null = null;

    const token = await this.dataSource
      .transaction(async (manager) => {
        const connection = await lockWhopConnection(
          manager.getRepository(WhopConnection),
          connectionId,
        );

        // Marked under the row lock: a reconnect waiting for it stores its new grant after this.
        const failAuth = async (failure: WhopException): Promise<null> => {
          authFailure = failure;
          await this.syncStatusService.markAsNeedsReauth(
            connectionId,
            failure.userFriendlyMessage,
            { manager },
          );

          return null;
        };

        this.assertUsable(connection);
        const current = this.encryption.decryptOrNull(
          connection.accessToken,
          connection.workspaceId,
        );

        if (current !== null && current !== rejectedToken && this.isFresh(connection))
          return current;
        const refused = this.refusedRefreshes.get(connectionId);

        if (refused !== undefined && refused.until > Date.now()) throw refused.error;
        const refreshToken = this.encryption.decryptOrNull(
          connection.refreshToken,
          connection.workspaceId,
        );

        if (refreshToken === null) {
          return failAuth(
            new WhopException(
              connection.refreshToken
                ? 'The stored refresh token cannot be decrypted (APP_SECRET changed since it was stored?)'
                : 'No refresh token stored',
              WhopExceptionCode.AUTH_FAILED,
            ),
          );
        }
        let tokens: WhopTokenSet;

        try {
          tokens = await this.oauthService.refresh(refreshToken);
        } catch (error) {
          if (error instanceof WhopException && error.code === WhopExceptionCode.AUTH_FAILED) {
            return failAuth(error);
          }
          this.rememberRefused(connectionId, error);
          throw error;
        }
        this.refusedRefreshes.delete(connectionId);
        rotated = {
          accessToken: tokens.accessToken,
          columns: {
            accessToken: this.encryption.encrypt(tokens.accessToken, connection.workspaceId),
            refreshToken: tokens.refreshToken
              ? this.encryption.encrypt(tokens.refreshToken, connection.workspaceId)
              : connection.refreshToken,
            accessTokenExpiresAt: tokens.expiresAt,
          },
          usedRefreshToken: connection.refreshToken,
        };
        await manager.getRepository(WhopConnection).update(connection.id, rotated.columns);

        return tokens.accessToken;
      })
      .catch(async (error: unknown) => {
        const issued: RotatedTokens | null = rotated;

        // The transaction failed after Whop rotated the tokens (the database went away, a deadlock,
        // a timeout): stored on their own (as soon as the database is back), or the connection
        // would hold a used-up refresh token and need reconnecting.
        if (issued === null) throw error;
        await this.storeRotatedTokens(connectionId, issued, error);

        return issued.accessToken;
      });

    if (authFailure !== null) throw authFailure;

    return token as string;
  }

  // Stored only over the refresh token they replace (a later refresh cannot have used it: Whop
  // refused it since); retried while the database is out of reach, up to about a minute.
  private async storeRotatedTokens(
    connectionId: string,
    rotated: RotatedTokens,
    firstError: unknown,
  ): Promise<void> {
    let lastError = firstError;

    for (const delayMs of STORE_ROTATED_TOKENS_DELAYS_MS) {
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      try {
        await this.dataSource
          .getRepository(WhopConnection)
          .update(
            { id: connectionId, refreshToken: rotated.usedRefreshToken ?? IsNull() },
            rotated.columns,
          );

        return;
      } catch (error) {
        if (!isDatabaseUnavailableError(error)) throw error;
        lastError = error;
      }
    }
    throw lastError;
  }

  // Whop's refusal, not one that ends the grant (that connection needs reconnecting, and no refresh
  // is asked for it): a failure before Whop answered (its configuration unread) is not one.
  private rememberRefused(connectionId: string, error: unknown): void {
    if (!(error instanceof WhopException)) return;
    const memoryMs = Math.min(
      error.retryAfterMs ??
        (error.code === WhopExceptionCode.TEMPORARY_ERROR
          ? REFUSED_REFRESH_MEMORY_MS.temporary
          : REFUSED_REFRESH_MEMORY_MS.refused),
      WHOP_MAX_RETRY_AFTER_MS,
    );

    this.refusedRefreshes.set(connectionId, { error, until: Date.now() + memoryMs });
  }

  private isFresh(connection: WhopConnection): boolean {
    return (
      !connection.accessTokenExpiresAt ||
      connection.accessTokenExpiresAt.getTime() - EXPIRY_MARGIN_MS > Date.now()
    );
  }

  private assertUsable(connection: WhopConnection): void {
    if (connection.status !== 'active') {
      throw new WhopException(
        `Connection ${connection.id} is ${connection.status}`,
        WhopExceptionCode.AUTH_FAILED,
      );
    }
  }
}
