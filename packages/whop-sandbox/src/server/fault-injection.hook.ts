import type { FastifyReply, FastifyRequest } from 'fastify';
import { WhopApiError, rateLimited } from '../api/whop-api-error';
import { DEFAULT_PAGE_SIZE } from '../constants/pagination.constant';
import type { FaultInjector } from '../faults/fault-injector';
import { OAuthError } from '../oauth/oauth-error';

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

// A forward page asks for at most `maxPageItems`: the list then answers fewer items than the client
// asked for, with its cursors and `has_next_page` as for any page. A `first` that is not a count is
// left for the list to refuse.
const shortenPage = (query: Record<string, unknown>, maxPageItems: number): void => {
  if (query.last !== undefined) return;
  if (query.first === undefined) {
    query.first = String(Math.min(DEFAULT_PAGE_SIZE, maxPageItems));
  } else if (typeof query.first === 'string' && /^\d+$/.test(query.first)) {
    query.first = String(Math.min(Number(query.first), maxPageItems));
  }
};

// Runs before anything else on /api/v1 and /oauth: added latency, pages cut short, then an injected
// 5xx or 429 answered in the shape that endpoint family uses.
export const faultInjectionHook =
  (faults: FaultInjector) =>
  async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const path = request.url.split('?')[0];
    const oauth = path.startsWith('/oauth/');
    if (!oauth && !path.startsWith('/api/')) return;
    const { latencyMs, failure, maxPageItems } = faults.forRequest(request.method, path);
    if (latencyMs > 0) await sleep(latencyMs);
    if (maxPageItems !== null) shortenPage(request.query as Record<string, unknown>, maxPageItems);
    if (failure === null) return;

    if (failure.kind === 'rate_limit') {
      const error = rateLimited(failure.retryAfterSeconds);
      const body = oauth
        ? new OAuthError('rate_limit_exceeded', error.message).toBody()
        : error.toBody();
      await reply
        .code(429)
        .headers(failure.retryAfterHeader ? error.headers : {})
        .send(body);
      return;
    }
    const body = oauth
      ? new OAuthError(
          'server_error',
          'The service is temporarily unavailable.',
          failure.status,
        ).toBody()
      : new WhopApiError(failure.status, 'The service is temporarily unavailable.').toBody();
    await reply.code(failure.status).send(body);
  };
