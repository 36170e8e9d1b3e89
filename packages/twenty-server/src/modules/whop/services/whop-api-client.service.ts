import { Injectable, Logger } from '@nestjs/common';
import Whop from '@whop/sdk';

import { EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import { getErrorMessage } from 'src/engine/utils/get-error-message.util';
import { WHOP_MAX_RETRY_AFTER_MS } from 'src/modules/whop/constants/whop-max-retry-after.constant';
import { WhopApiClient } from 'src/modules/whop/services/whop-api-client';
import { WhopRateLimiterService } from 'src/modules/whop/services/whop-rate-limiter.service';
import { WhopTokenService } from 'src/modules/whop/services/whop-token.service';
import { isRetriedByWhopSdk } from 'src/modules/whop/utils/classify-whop-api-error.util';
import { parseWhopRetryAfterMessage } from 'src/modules/whop/utils/parse-whop-retry-after-message.util';
import { parseWhopRetryAfterMs } from 'src/modules/whop/utils/parse-whop-retry-after-ms.util';
import { toWhopSyncException } from 'src/modules/whop/utils/to-whop-sync-exception.util';
import { WhopException, WhopExceptionCode } from 'src/modules/whop/whop.exception';

export type WhopApiClientOptions = {
  // Whop answered what the SDK retries (408, 409, 429 or 5xx, or what its x-should-retry header
  // says), or could not be reached. The SDK retries the call with backoff (WHOP_API_MAX_RETRIES
  // times, 6 by default: about 23 s) before the call fails, so the caller can say meanwhile that it
  // waits on Whop. Called for each such request, the last one included.
  onTemporaryFailure?: (failure: WhopException) => void;
  // Whop answered a request otherwise: it is no longer waited on. `whopTime` is the time the
  // answer's Date header gives, by Whop's clock (null without one).
  onAnswered?: (whopTime: Date | null) => void;
};

// Ids in a path become a placeholder so that the limiter counts per API operation.
const toOperation = (method: string, url: URL) =>
  `${method} ${url.pathname.replace(/\/(biz|user|mber|prod|plan|mem|pay|hook|msg)_[A-Za-z0-9]+/g, '/:id')}`;

const parseHttpDate = (value: string | null): Date | null => {
  const time = value === null ? NaN : Date.parse(value);

  return Number.isNaN(time) ? null : new Date(time);
};

// How long an answer the SDK retries asks to wait, as the SDK's `retry-after-ms` header, which it
// honours: a 429 that says so only in its message ("Try again in 12 seconds.") gets it (without,
// the SDK would retry after its own short backoff and spend its retries inside the wait Whop asked
// for), and a wait longer than WHOP_MAX_RETRY_AFTER_MS is cut to it (the SDK sleeps whatever it is
// told).
const withRetryAfterTheSdkHonours = async (response: Response): Promise<Response> => {
  if (!isRetriedByWhopSdk(response)) return response;
  const body = await response.text();
  const fromMessage = response.status === 429 ? parseWhopRetryAfterMessage(body) : null;
  const waitMs =
    parseWhopRetryAfterMs(response.headers, Date.now()) ??
    (fromMessage === null ? null : fromMessage * 1000);
  const headers = new Headers(response.headers);

  if (waitMs !== null) {
    headers.delete('retry-after');
    headers.set('retry-after-ms', String(Math.min(waitMs, WHOP_MAX_RETRY_AFTER_MS)));
  }

  return new Response(body, { status: response.status, statusText: response.statusText, headers });
};

// One request to Whop, from its sending to its last byte, within `timeoutMs` (a timeout fails it
// with a TimeoutError, which the SDK retries as a connection timeout). The SDK's own clock is not
// used: its signal is not passed on, since that clock also runs while the call waits for its
// rate-limit slot (after a 429, up to five minutes) and would abort it before
// it is sent. The body is read here, within the time, and handed to the SDK whole.
const fetchWithinTime = async (
  input: string | URL | Request,
  { signal: _sdkSignal, ...init }: RequestInit,
  timeoutMs: number,
): Promise<Response> => {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException(`No answer within ${timeoutMs} ms`, 'TimeoutError')),
    timeoutMs,
  );

  try {
    const response = await fetch(input, { ...init, signal: controller.signal });
    const body = await response.arrayBuffer();

    return new Response(body.byteLength === 0 ? null : body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  } finally {
    clearTimeout(timer);
  }
};

// Whop refused to renew an expired access token: the call is answered as Whop answers an expired
// token, a 401, which the SDK does not retry and the sync reads as an auth failure. Thrown from
// inside fetch instead, the failure would reach the SDK as a connection error, retried with
// backoff and then taken for Whop being unreachable.
const refusedAccessResponse = (error: WhopException): Response =>
  new Response(JSON.stringify({ error: { message: error.message } }), {
    status: 401,
    headers: { 'content-type': 'application/json' },
  });

// Builds the official SDK client for a connection. Its fetch takes a slot from the shared rate
// limiter, sends the connection's current access token and, on a 401, refreshes the token once and
// retries. The SDK itself retries 429/5xx/network errors with exponential backoff and jitter,
// honouring Retry-After.
@Injectable()
export class WhopApiClientService {
  private readonly logger = new Logger('WhopSdk');
  private readonly sdkLogger = {
    error: (message: string) => this.logger.error(message),
    warn: (message: string) => this.logger.warn(message),
    info: (message: string) => this.logger.log(message),
    debug: (message: string) => this.logger.debug(message),
  };

  constructor(
    private readonly environmentService: EnvironmentService,
    private readonly tokenService: WhopTokenService,
    private readonly rateLimiter: WhopRateLimiterService,
  ) {}

  forConnection(connectionId: string, options: WhopApiClientOptions = {}): WhopApiClient {
    return new WhopApiClient(
      this.createSdk(
        connectionId,
        async (token) => token ?? this.tokenService.getAccessToken(connectionId),
        true,
        options,
      ),
      this.environmentService.get('WHOP_SYNC_BATCH_SIZE'),
    );
  }

  // For the OAuth callback, before a connection exists: a fixed token, no refresh.
  forAccessToken(accessToken: string): WhopApiClient {
    return new WhopApiClient(
      this.createSdk(`token:${accessToken.slice(-16)}`, async () => accessToken, false),
      this.environmentService.get('WHOP_SYNC_BATCH_SIZE'),
    );
  }

  // The limiter lives in Redis: Redis out of reach fails the call as a temporary failure of ours
  // (the SDK retries it, then the run), never as Whop being unreachable.
  private async acquireRateLimitSlot(credentialId: string, operation: string): Promise<void> {
    try {
      await this.rateLimiter.acquire(credentialId, operation);
    } catch (error) {
      throw new WhopException(
        `The rate limiter's Redis was unavailable: ${getErrorMessage(error)}`,
        WhopExceptionCode.TEMPORARY_ERROR,
        {
          userFriendlyMessage:
            'Redis, which paces the calls to Whop, was unavailable for a moment.',
        },
      );
    }
  }

  // Whop's wait after a 429 holds back every worker's calls of the operation, not only the SDK's
  // retry of this one. Redis out of reach here changes nothing: the retry still waits, and its
  // slot from the limiter fails as a temporary failure of ours.
  private async holdOff(credentialId: string, operation: string, headers: Headers): Promise<void> {
    const waitMs = parseWhopRetryAfterMs(headers, Date.now());

    if (waitMs === null) return;
    try {
      await this.rateLimiter.holdOff(credentialId, operation, waitMs);
    } catch (error) {
      this.logger.warn(`Could not hold back ${operation} after a 429: ${getErrorMessage(error)}`);
    }
  }

  private createSdk(
    credentialId: string,
    getToken: (cached: string | null) => Promise<string>,
    canRefresh = true,
    { onTemporaryFailure, onAnswered }: WhopApiClientOptions = {},
  ): Whop {
    let cachedToken: string | null = null;
    const reportTemporaryFailure = (operation: string, reason: string) =>
      onTemporaryFailure?.(
        new WhopException(`${operation}: ${reason}`, WhopExceptionCode.TEMPORARY_ERROR),
      );
    const authorizedFetch = async (input: string | URL | Request, init: RequestInit = {}) => {
      const url = new URL(input instanceof Request ? input.url : input.toString());
      const operation = toOperation(init.method ?? 'GET', url);
      const send = async (token: string) => {
        await this.acquireRateLimitSlot(credentialId, operation);
        const headers = new Headers(init.headers);

        headers.set('Authorization', `Bearer ${token}`);
        const timeoutMs = this.environmentService.get('WHOP_API_TIMEOUT_MS');
        let response: Response;

        try {
          response = await fetchWithinTime(input, { ...init, headers }, timeoutMs);
        } catch (error) {
          reportTemporaryFailure(
            operation,
            error instanceof DOMException && error.name === 'TimeoutError'
              ? `Whop did not answer within ${timeoutMs / 1000} s`
              : `Whop unreachable (${getErrorMessage(error)})`,
          );
          throw error;
        }
        if (isRetriedByWhopSdk(response)) {
          reportTemporaryFailure(operation, `Whop answered ${response.status}`);
        } else {
          onAnswered?.(parseHttpDate(response.headers.get('date')));
        }

        const answered = await withRetryAfterTheSdkHonours(response);

        if (answered.status === 429) await this.holdOff(credentialId, operation, answered.headers);

        return answered;
      };

      try {
        cachedToken = await getToken(cachedToken);
      } catch (error) {
        if (error instanceof WhopException && error.code === WhopExceptionCode.AUTH_FAILED)
          return refusedAccessResponse(error);
        throw toWhopSyncException(error);
      }
      const response = await send(cachedToken);

      if (response.status !== 401 || !canRefresh) return response;
      const rejected = cachedToken;

      try {
        cachedToken = await this.tokenService.refreshAccessToken(credentialId, rejected);
      } catch (error) {
        if (error instanceof WhopException && error.code === WhopExceptionCode.AUTH_FAILED)
          return response;
        throw toWhopSyncException(error);
      }

      return send(cachedToken);
    };

    return new Whop({
      apiKey: 'set-per-request',
      baseURL: this.environmentService.get('WHOP_API_URL'),
      version: this.environmentService.get('WHOP_API_VERSION_DATE'),
      maxRetries: this.environmentService.get('WHOP_API_MAX_RETRIES'),
      fetch: authorizedFetch as typeof fetch,
      webhookKey: null,
      // Set here, not read from WHOP_LOG: at debug the SDK logs every answer's body (a webhook's
      // secret, customers' emails), and through the console rather than the server's logger.
      logLevel: 'warn',
      logger: this.sdkLogger,
    });
  }
}
