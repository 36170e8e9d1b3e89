import { getPostgresErrorCode } from 'src/engine/twenty-orm/utils/get-postgres-error-code.util';

// SQLSTATE 55P03 lock_not_available, 57014 query_canceled (a statement timeout), 25P03
// idle_in_transaction_session_timeout.
const TIMED_OUT_CODES = new Set(['55P03', '57014', '25P03']);

// Whether PostgreSQL turned a statement down for the load it was under rather than for what it
// asked: a transaction rolled back to break a deadlock or a serialization conflict (class 40), no
// connection, memory or disk to spare (class 53, "too many clients"), or a lock or statement that
// timed out. Worth the same work again a little later.
export const isDatabaseBusyError = (error: unknown): boolean => {
  const code = getPostgresErrorCode(error);

  return code.startsWith('40') || code.startsWith('53') || TIMED_OUT_CODES.has(code);
};
