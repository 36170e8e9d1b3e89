import { APIConnectionError, APIError } from '@whop/sdk';

import { getErrorMessage } from 'src/engine/utils/get-error-message.util';
import {
  toWhopSyncException,
  UNEXPECTED_SYNC_ERROR_MESSAGE,
} from 'src/modules/whop/utils/to-whop-sync-exception.util';
import { WhopException, WhopExceptionCode } from 'src/modules/whop/whop.exception';

const messageOf = (error: APIError): string => {
  const body = error.error as { error?: { message?: string } } | undefined;

  return body?.error?.message ?? error.message;
};

// Whop timed out (408), hit a lock timeout (409), is busy (429) or failing (5xx): worth retrying,
// as the SDK does.
export const isTemporaryWhopStatus = (status: number): boolean =>
  status === 408 || status === 409 || status === 429 || status >= 500;

// Whether the SDK retries this answer: as Whop's `x-should-retry` header says, else when its
// status is temporary.
export const isRetriedByWhopSdk = (response: Pick<Response, 'status' | 'headers'>): boolean => {
  const shouldRetry = response.headers.get('x-should-retry');

  if (shouldRetry === 'true' || shouldRetry === 'false') return shouldRetry === 'true';

  return isTemporaryWhopStatus(response.status);
};

// Every failure of a Whop call leaves as a WhopException whose code decides what the sync does:
// temporary → back off and retry, auth → reconnect, permission → tell the seller, not found → skip.
export const classifyWhopApiError = (error: unknown, operation: string): WhopException => {
  if (error instanceof WhopException) return error;
  // The SDK wraps whatever our own fetch threw before asking Whop (a refused token refresh, the
  // database or Redis out of reach, each a WhopException) as a connection error, after its
  // retries: that failure, not "Whop unreachable", is what stopped the call.
  if (error instanceof APIConnectionError && error.cause instanceof WhopException) {
    return error.cause;
  }
  if (error instanceof APIConnectionError) {
    return new WhopException(
      `${operation}: Whop unreachable (${error.message})`,
      WhopExceptionCode.TEMPORARY_ERROR,
      {
        userFriendlyMessage: `Whop could not be reached (${operation}).`,
      },
    );
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    const message = `${operation}: Whop answered ${error.status} (${messageOf(error)})`;
    const status = error.status;

    if (isTemporaryWhopStatus(status)) {
      return new WhopException(message, WhopExceptionCode.TEMPORARY_ERROR, {
        status,
        userFriendlyMessage: `Whop answered ${status} (${operation}).`,
      });
    }
    if (status === 401)
      return new WhopException(message, WhopExceptionCode.AUTH_FAILED, { status });
    if (status === 403) {
      return new WhopException(message, WhopExceptionCode.INSUFFICIENT_PERMISSIONS, {
        status,
        userFriendlyMessage: `The Whop app is missing a permission: ${messageOf(error)}. Grant it in Whop, then reconnect.`,
      });
    }
    if (status === 404) return new WhopException(message, WhopExceptionCode.NOT_FOUND, { status });

    // Whop's own answer, worth showing: the seller can act on it or quote it.
    return new WhopException(message, WhopExceptionCode.UNKNOWN, {
      status,
      userFriendlyMessage: message,
    });
  }

  return new WhopException(`${operation}: ${getErrorMessage(error)}`, WhopExceptionCode.UNKNOWN, {
    userFriendlyMessage: UNEXPECTED_SYNC_ERROR_MESSAGE,
  });
};
