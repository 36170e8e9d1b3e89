import * as oidc from 'openid-client';

import { parseWhopRetryAfterMs } from 'src/modules/whop/utils/parse-whop-retry-after-ms.util';

// How long a refused token request asks to wait before the next (its Retry-After, on a 429 say),
// null when it does not say. The OAuth client keeps the answer on an OAuth error, and gives it as
// the cause of an answer that is not one.
export const readWhopOAuthRetryAfterMs = (error: unknown, now: number): number | null => {
  const response =
    error instanceof oidc.ResponseBodyError || error instanceof oidc.WWWAuthenticateChallengeError
      ? error.response
      : error instanceof Error && error.cause instanceof Response
        ? error.cause
        : null;

  return response === null ? null : parseWhopRetryAfterMs(response.headers, now);
};
