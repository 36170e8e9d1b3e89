import { type CookieOptions } from 'express';

import { WHOP_OAUTH_STATE_TTL_SECONDS } from 'src/modules/whop/constants/whop-oauth-state-ttl.constant';

// The cookie that keeps a Connect Whop flow's browser key in the browser that started it: one per
// flow (two tabs connecting at once keep one each), sent only to the OAuth callback, out of the
// page scripts' reach, and gone when the state expires. SameSite=Lax lets it come along on Whop's
// redirect back, a top-level navigation.
export const getWhopOAuthBrowserCookieName = (state: string): string =>
  `whop_oauth_${state.split('.')[0]}`;

// Whether a state has the shape of one issued to a flow (a base64url id, a dot, a signature): a
// callback with any other has no cookie to read or clear, and a cookie name must be a token.
export const isWhopOAuthStateWellFormed = (state: string): boolean =>
  /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(state);

export const buildWhopOAuthBrowserCookieOptions = (redirectUri: string): CookieOptions => {
  const { pathname, protocol } = new URL(redirectUri);

  return {
    httpOnly: true,
    sameSite: 'lax',
    secure: protocol === 'https:',
    path: pathname,
    maxAge: WHOP_OAUTH_STATE_TTL_SECONDS * 1000,
  };
};
