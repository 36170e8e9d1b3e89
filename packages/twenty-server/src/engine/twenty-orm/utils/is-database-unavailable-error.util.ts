import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';

import { getPostgresErrorCode } from 'src/engine/twenty-orm/utils/get-postgres-error-code.util';

// SQLSTATE 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now, 57P05
// idle_session_timeout.
const SERVER_GOING_AWAY_CODES = new Set(['57P01', '57P02', '57P03', '57P05']);
// The socket to PostgreSQL failed or its host could not be found while it restarts (Node's codes,
// and the pg driver's own words when it closes).
const NETWORK_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const CONNECTION_LOST_MESSAGES = [
  'Connection terminated',
  'Client has encountered a connection error',
];

// Whether an error says the database was out of reach (restarted, shutting down, the connection
// dropped) rather than that a statement was wrong: worth the same work again a moment later.
export const isDatabaseUnavailableError = (error: unknown): boolean => {
  const code = getPostgresErrorCode(error);
  const message = error instanceof Error ? error.message : '';

  return (
    // TypeORM lets a connection go once it failed; the transaction's next statement (or its COMMIT)
    // then says so. A runner used after its transaction by mistake says the same, and is retried.
    error instanceof QueryRunnerProviderAlreadyReleasedError ||
    error instanceof QueryRunnerAlreadyReleasedError ||
    code.startsWith('08') ||
    SERVER_GOING_AWAY_CODES.has(code) ||
    NETWORK_ERROR_CODES.has(code) ||
    CONNECTION_LOST_MESSAGES.some((lost) => message.startsWith(lost))
  );
};
