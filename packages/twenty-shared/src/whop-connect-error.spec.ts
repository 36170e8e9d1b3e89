import { isWhopConnectErrorCode } from './whop-connect-error';

describe('isWhopConnectErrorCode', () => {
  it('knows the codes the OAuth callback sends', () => {
    expect(isWhopConnectErrorCode('OAUTH_ACCESS_DENIED')).toBe(true);
    expect(isWhopConnectErrorCode('UNKNOWN')).toBe(true);
  });

  it.each(['Your account is suspended', '__proto__', 'constructor', ''])(
    'refuses anything else (%p)',
    (code) => {
      expect(isWhopConnectErrorCode(code)).toBe(false);
    },
  );
});
