import { WhopExceptionCode } from 'src/modules/whop/whop.exception';

// What a refused token refresh means, by the OAuth error Whop answered with (none: Whop could not
// be reached or answered something else). Only `invalid_grant` says the seller's grant is gone
// (revoked, or its refresh token used up): the connection needs reconnecting. `invalid_client` and
// `unauthorized_client` say this server's app credentials are wrong: every connection would be
// refused alike though their grants still hold, so the run fails with that reason and the
// connection stays, to sync again once the configuration is fixed. Whop busy or failing
// (`temporarily_unavailable`, `server_error`, `rate_limit_exceeded` (a 429), or no OAuth error at
// all: unreachable, or an answer that is not one) is retried; any other OAuth error says the request itself is refused, and
// retrying it for an hour would change nothing.
export const classifyWhopTokenRefreshError = (
  oauthError: string | undefined,
): { code: WhopExceptionCode; reason: string | null } => {
  switch (oauthError) {
    case 'invalid_grant':
      return { code: WhopExceptionCode.AUTH_FAILED, reason: null };
    case 'invalid_client':
    case 'unauthorized_client':
      return {
        code: WhopExceptionCode.UNKNOWN,
        reason:
          "Whop refused this app's credentials (WHOP_CLIENT_ID and WHOP_CLIENT_SECRET): the server's configuration needs fixing. The connection is kept; sync again once it is fixed.",
      };
    case undefined:
    case 'temporarily_unavailable':
    case 'server_error':
    case 'rate_limit_exceeded':
      return { code: WhopExceptionCode.TEMPORARY_ERROR, reason: null };
    default:
      return {
        code: WhopExceptionCode.UNKNOWN,
        reason: `Whop refused to renew the access token (${oauthError}). The connection is kept; sync again, and reconnect Whop if it happens again.`,
      };
  }
};
