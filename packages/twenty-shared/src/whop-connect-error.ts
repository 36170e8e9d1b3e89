// Why connecting Whop did not complete, as the OAuth callback tells the Whop settings page
// (`?error=<code>`); the page words each code itself.
export const WHOP_CONNECT_ERROR_CODES = [
  'OAUTH_ACCESS_DENIED',
  'OAUTH_STATE_INVALID',
  'OAUTH_OTHER_BROWSER',
  'OAUTH_NO_COMPANY',
  'OAUTH_OTHER_COMPANY',
  'OAUTH_ALL_CONNECTED',
  'OAUTH_FAILED',
  'TEMPORARY_ERROR',
  'INSUFFICIENT_PERMISSIONS',
  'UNKNOWN',
] as const;
export type WhopConnectErrorCode = (typeof WHOP_CONNECT_ERROR_CODES)[number];

export const isWhopConnectErrorCode = (code: string): code is WhopConnectErrorCode =>
  (WHOP_CONNECT_ERROR_CODES as readonly string[]).includes(code);
