import { CustomException } from 'src/engine/utils/custom-exception';

export enum WhopExceptionCode {
  // Whop answered 429, 5xx, or could not be reached (or the database could not be, during a sync):
  // back off and retry. Its message for the seller says what failed; where it is shown says what
  // follows (the sync waits to retry, or gave up).
  TEMPORARY_ERROR = 'TEMPORARY_ERROR',
  // The access token was refused and could not be refreshed: the seller must reconnect.
  AUTH_FAILED = 'AUTH_FAILED',
  // The grant lacks a permission the call needs.
  INSUFFICIENT_PERMISSIONS = 'INSUFFICIENT_PERMISSIONS',
  // One record is gone: skip it.
  NOT_FOUND = 'NOT_FOUND',
  // The OAuth round trip failed: Whop refused it or the code exchange failed.
  OAUTH_FAILED = 'OAUTH_FAILED',
  // The seller denied consent on Whop.
  OAUTH_ACCESS_DENIED = 'OAUTH_ACCESS_DENIED',
  // The callback's state is forged, expired or already used.
  OAUTH_STATE_INVALID = 'OAUTH_STATE_INVALID',
  // The callback reached a browser other than the one that started connecting.
  OAUTH_OTHER_BROWSER = 'OAUTH_OTHER_BROWSER',
  // The grant gives access to no Whop company.
  OAUTH_NO_COMPANY = 'OAUTH_NO_COMPANY',
  // Reconnecting a connection, with a grant that does not reach its company.
  OAUTH_OTHER_COMPANY = 'OAUTH_OTHER_COMPANY',
  // Connecting another company, with a grant whose every company is connected already.
  OAUTH_ALL_CONNECTED = 'OAUTH_ALL_CONNECTED',
  // A workspace started more Connect Whop flows in a minute than anyone clicks.
  TOO_MANY_CONNECT_ATTEMPTS = 'TOO_MANY_CONNECT_ATTEMPTS',
  CONNECTION_NOT_FOUND = 'CONNECTION_NOT_FOUND',
  SYNC_ALREADY_RUNNING = 'SYNC_ALREADY_RUNNING',
  UNKNOWN = 'UNKNOWN',
}

const USER_FRIENDLY_MESSAGES: Record<WhopExceptionCode, string> = {
  [WhopExceptionCode.TEMPORARY_ERROR]: 'Whop is busy or unreachable right now.',
  [WhopExceptionCode.AUTH_FAILED]:
    'Whop no longer accepts this connection. Reconnect Whop to resume the sync.',
  [WhopExceptionCode.INSUFFICIENT_PERMISSIONS]:
    'The Whop app is missing a permission. Grant it in Whop, then reconnect.',
  [WhopExceptionCode.NOT_FOUND]: 'This record no longer exists on Whop.',
  [WhopExceptionCode.OAUTH_FAILED]: 'Whop did not accept the connection. Please connect again.',
  [WhopExceptionCode.OAUTH_ACCESS_DENIED]:
    'Access was denied on Whop, so nothing was connected. Connect again when you are ready.',
  [WhopExceptionCode.OAUTH_STATE_INVALID]:
    'This connection link has expired or was already used. Please connect again.',
  [WhopExceptionCode.OAUTH_OTHER_BROWSER]:
    'Whop sent the approval back to a browser other than the one that started connecting, so nothing was connected. Connect Whop again from this page.',
  [WhopExceptionCode.OAUTH_NO_COMPANY]:
    'Whop did not grant access to a company. Choose a company on Whop and try again.',
  [WhopExceptionCode.OAUTH_OTHER_COMPANY]:
    'The Whop account you approved with cannot reach this company. Sign in to Whop as one of its admins, then reconnect.',
  [WhopExceptionCode.OAUTH_ALL_CONNECTED]:
    'Every Whop company the account you approved with can reach is connected already. To connect another, sign in to Whop as one of its admins, then connect.',
  [WhopExceptionCode.TOO_MANY_CONNECT_ATTEMPTS]:
    'Connect Whop was started too many times in the last minute. Wait a minute, then connect again.',
  [WhopExceptionCode.CONNECTION_NOT_FOUND]:
    'This Whop connection does not exist in this workspace.',
  [WhopExceptionCode.SYNC_ALREADY_RUNNING]:
    'A sync is already running for this connection. Wait for it to finish.',
  [WhopExceptionCode.UNKNOWN]: 'Something went wrong while talking to Whop.',
};

// What the seller is told of a failure of this kind when nothing more precise is known.
export const getWhopUserFriendlyMessage = (code: WhopExceptionCode): string =>
  USER_FRIENDLY_MESSAGES[code];

export class WhopException extends CustomException<WhopExceptionCode> {
  constructor(
    message: string,
    code: WhopExceptionCode,
    options: { userFriendlyMessage?: string; status?: number; retryAfterMs?: number | null } = {},
  ) {
    super(message, code, options.userFriendlyMessage ?? getWhopUserFriendlyMessage(code));
    this.status = options.status ?? null;
    this.retryAfterMs = options.retryAfterMs ?? null;
  }

  readonly status: number | null;
  // How long Whop asked to wait before asking again (its Retry-After), when it said.
  readonly retryAfterMs: number | null;
}
