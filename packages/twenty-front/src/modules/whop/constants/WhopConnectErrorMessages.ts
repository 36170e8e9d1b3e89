import type { WhopConnectErrorCode } from 'twenty-shared';

// What the Whop settings page says for each error code the OAuth callback sends back
// (`?error=<code>`). The page never shows the parameter itself: anyone can craft that link.
export const WHOP_CONNECT_ERROR_MESSAGES: Record<WhopConnectErrorCode, string> = {
  OAUTH_ACCESS_DENIED:
    'Access was denied on Whop, so nothing was connected. Connect again when you are ready.',
  OAUTH_STATE_INVALID:
    'This connection link has expired or was already used. Please connect again.',
  OAUTH_OTHER_BROWSER:
    'Whop sent the approval back to a browser other than the one that started connecting, so nothing was connected. Connect Whop again from this page.',
  OAUTH_NO_COMPANY:
    'Whop did not grant access to a company. Choose a company on Whop and try again.',
  OAUTH_OTHER_COMPANY:
    'The Whop account you approved with cannot reach the company you were reconnecting, so nothing changed. Sign in to Whop as one of its admins, then reconnect.',
  OAUTH_ALL_CONNECTED:
    'Every Whop company the account you approved with can reach is connected already. To connect another company, sign in to Whop as one of its admins, then connect again.',
  OAUTH_FAILED: 'Whop did not accept the connection. Please connect again.',
  TEMPORARY_ERROR: 'Whop is busy or unreachable right now. Please try again in a moment.',
  INSUFFICIENT_PERMISSIONS:
    'The Whop app is missing a permission it needs. Grant it in Whop, then connect again.',
  UNKNOWN: 'Connecting Whop did not complete. Please try again.',
};
