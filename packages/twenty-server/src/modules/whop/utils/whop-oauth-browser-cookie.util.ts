import { type CookieOptions } from 'express';

import { WHOP_OAUTH_STATE_TTL_SECONDS } from 'src/modules/whop/constants/whop-oauth-state-ttl.constant';

// Whether a state has the shape of one issued to a flow (a base64url id, a dot, a signature): a
// callback with any other has no cookie to read or clear, and a cookie name must be a token.
export const isWhopOAuthStateWellFormed = (state: string): boolean =>
  /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(state);

// The cookie that keeps a Connect Whop flow's browser key in the browser that started it: one per
// flow (two tabs connecting at once keep one each), out of the page scripts' reach, and gone when
// the state expires. SameSite=Lax lets it come along on Whop's redirect back, a top-level
// navigation. Over HTTPS its name has the `__Host-` prefix: browsers then accept it only from this
// very host, Secure and for every path, so that neither a sibling subdomain nor a network attacker
// can plant a browser key of their own flow in the seller's browser. Over plain HTTP (a local
// server) it goes only to the callback.
export const buildWhopOAuthBrowserCookie = (
  state: string,
  redirectUri: string,
): { name: string; options: CookieOptions } => {
  const { pathname, protocol } = new URL(redirectUri);
  const secure = protocol === 'https:';

  return {
    name: `${secure ? '__Host-' : ''}whop_oauth_${state.split('.')[0]}`,
    options: {
      httpOnly: true,
      sameSite: 'lax',
      secure,
      path: secure ? '/' : pathname,
      maxAge: WHOP_OAUTH_STATE_TTL_SECONDS * 1000,
    },
  };
};
