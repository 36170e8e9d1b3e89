import {
  buildWhopOAuthBrowserCookie,
  isWhopOAuthStateWellFormed,
} from 'src/modules/whop/utils/whop-oauth-browser-cookie.util';

const LOCAL_CALLBACK = 'http://localhost:3000/auth/whop/callback';
const PUBLIC_CALLBACK = 'https://crm.example.com/auth/whop/callback';

describe('the Connect Whop browser cookie', () => {
  it('is named after the flow, so that two flows at once keep one each', () => {
    expect(buildWhopOAuthBrowserCookie('abc_-1.signature', LOCAL_CALLBACK).name).toBe(
      'whop_oauth_abc_-1',
    );
    expect(buildWhopOAuthBrowserCookie('def.signature', LOCAL_CALLBACK).name).not.toBe(
      buildWhopOAuthBrowserCookie('abc.signature', LOCAL_CALLBACK).name,
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

  it('goes over plain HTTP only to the callback, out of scripts reach, for as long as the state lives', () => {
    expect(buildWhopOAuthBrowserCookie('abc.signature', LOCAL_CALLBACK).options).toEqual({
      httpOnly: true,
      sameSite: 'lax',
      secure: false,
      path: '/auth/whop/callback',
      maxAge: 600_000,
    });
  });

  // A browser keeps a __Host- cookie only if this host set it, Secure, for every path and for no
  // other domain: a sibling subdomain cannot plant the browser key of a flow of its own.
  it('is a __Host- cookie over HTTPS', () => {
    expect(buildWhopOAuthBrowserCookie('abc.signature', PUBLIC_CALLBACK)).toEqual({
      name: '__Host-whop_oauth_abc',
      options: {
        httpOnly: true,
        sameSite: 'lax',
        secure: true,
        path: '/',
        maxAge: 600_000,
      },
    });
  });
});
