import { getPostgresErrorCode } from 'src/engine/twenty-orm/utils/get-postgres-error-code.util';

// SQLSTATE 40001 serialization_failure, 40P01 deadlock_detected, 53300 too_many_connections,
// 53200 out_of_memory, 55P03 lock_not_available, 57014 query_canceled (a statement timeout),
// 25P03 idle_in_transaction_session_timeout.
const BUSY_CODES = new Set(['40001', '40P01', '53300', '53200', '55P03', '57014', '25P03']);

// Whether PostgreSQL turned a statement down for the load it was under rather than for what it
// asked: a transaction rolled back to break a deadlock or a serialization conflict, no connection
// or memory to spare ("too many clients"), or a lock or statement that timed out. Worth the same
// work again a little later. (Not a full disk, nor a constraint found at commit: waiting mends
// neither.)
export const isDatabaseBusyError = (error: unknown): boolean =>
  BUSY_CODES.has(getPostgresErrorCode(error));
