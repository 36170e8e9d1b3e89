import { getErrorMessage } from 'src/engine/utils/get-error-message.util';
import { isDatabaseBusyError } from 'src/engine/twenty-orm/utils/is-database-busy-error.util';
import { isDatabaseUnavailableError } from 'src/engine/twenty-orm/utils/is-database-unavailable-error.util';
import { WhopException, WhopExceptionCode } from 'src/modules/whop/whop.exception';

// What stopped a sync run, as the run handles it: Whop's own errors as they were classified, the
// database out of reach (a restart) or too busy (a deadlock, too many clients, a timeout) as
// temporary, so that the run is retried with backoff and resumes from its checkpoint, and anything
// else as unknown.
export const UNEXPECTED_SYNC_ERROR_MESSAGE =
  "The sync stopped on an unexpected error (its details are in the server's log). Try again; if it happens again, report it.";

export const toWhopSyncException = (error: unknown): WhopException => {
  if (error instanceof WhopException) return error;
  const message = getErrorMessage(error);

  if (isDatabaseUnavailableError(error)) {
    return new WhopException(
      `The database was unavailable: ${message}`,
      WhopExceptionCode.TEMPORARY_ERROR,
      {
        userFriendlyMessage: 'The database was unavailable for a moment.',
      },
    );
  }
  if (isDatabaseBusyError(error)) {
    return new WhopException(
      `The database was too busy: ${message}`,
      WhopExceptionCode.TEMPORARY_ERROR,
      { userFriendlyMessage: 'The database was too busy for a moment.' },
    );
  }

  // Its message stays in the server's log: an unexpected error's text (a constraint's key, a
  // stack's names) may carry customer data or internals the settings page should not show.
  return new WhopException(message, WhopExceptionCode.UNKNOWN, {
    userFriendlyMessage: UNEXPECTED_SYNC_ERROR_MESSAGE,
  });
};
