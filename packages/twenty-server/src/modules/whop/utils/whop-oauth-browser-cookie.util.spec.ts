import {
  buildWhopOAuthBrowserCookieOptions,
  getWhopOAuthBrowserCookieName,
  isWhopOAuthStateWellFormed,
} from 'src/modules/whop/utils/whop-oauth-browser-cookie.util';

describe('the Connect Whop browser cookie', () => {
  it('is named after the flow, so that two flows at once keep one each', () => {
    expect(getWhopOAuthBrowserCookieName('abc_-1.signature')).toBe('whop_oauth_abc_-1');
    expect(getWhopOAuthBrowserCookieName('def.signature')).not.toBe(
      getWhopOAuthBrowserCookieName('abc.signature'),
    );
  });

  // A cookie name must be a token: a crafted state would otherwise make the callback fail with a
  // server error instead of landing on the settings page with OAUTH_STATE_INVALID.
  it('is named only for a state of the shape a flow is issued with', () => {
    expect(isWhopOAuthStateWellFormed('abc_-1.c2lnbmF0dXJl')).toBe(true);
    expect(isWhopOAuthStateWellFormed('a b.signature')).toBe(false);
    expect(isWhopOAuthStateWellFormed('a;b=c.signature')).toBe(false);
    expect(isWhopOAuthStateWellFormed('nosignature')).toBe(false);
    expect(isWhopOAuthStateWellFormed('')).toBe(false);
  });

  it('goes only to the callback, out of scripts reach, for as long as the state lives', () => {
    expect(buildWhopOAuthBrowserCookieOptions('http://localhost:3000/auth/whop/callback')).toEqual({
      httpOnly: true,
      sameSite: 'lax',
      secure: false,
      path: '/auth/whop/callback',
      maxAge: 600_000,
    });
  });

  it('is sent over HTTPS only when the callback is', () => {
    expect(
      buildWhopOAuthBrowserCookieOptions('https://crm.example.com/auth/whop/callback').secure,
    ).toBe(true);
  });
});
