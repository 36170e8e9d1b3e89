import { classifyWhopTokenRefreshError } from 'src/modules/whop/utils/classify-whop-token-refresh-error.util';
import { WhopExceptionCode } from 'src/modules/whop/whop.exception';

describe('classifyWhopTokenRefreshError', () => {
  it('asks the seller to reconnect only when their grant is gone', () => {
    expect(classifyWhopTokenRefreshError('invalid_grant')).toEqual({
      code: WhopExceptionCode.AUTH_FAILED,
      reason: null,
    });
  });

  it.each(['invalid_client', 'unauthorized_client'])(
    'blames the server configuration, not the grant, for %s',
    (oauthError) => {
      const { code, reason } = classifyWhopTokenRefreshError(oauthError);

      expect(code).toBe(WhopExceptionCode.UNKNOWN);
      expect(reason).toMatch(/WHOP_CLIENT_ID and WHOP_CLIENT_SECRET/);
    },
  );

  it.each(['invalid_request', 'unsupported_grant_type', 'invalid_scope'])(
    'fails the run at once, saying so, when Whop refuses the request itself (%s)',
    (oauthError) => {
      const { code, reason } = classifyWhopTokenRefreshError(oauthError);

      expect(code).toBe(WhopExceptionCode.UNKNOWN);
      expect(reason).toBe(
        `Whop refused to renew the access token (${oauthError}). The connection is kept; sync again, and reconnect Whop if it happens again.`,
      );
    },
  );

  it.each([undefined, 'temporarily_unavailable', 'server_error', 'rate_limit_exceeded'])(
    'retries later when Whop answered %s',
    (oauthError) => {
      expect(classifyWhopTokenRefreshError(oauthError).code).toBe(
        WhopExceptionCode.TEMPORARY_ERROR,
      );
    },
  );
});
