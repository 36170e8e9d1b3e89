// TCP keepalive on every connection to PostgreSQL: a server gone without closing the connection (a
// host lost, a network cut) fails the statement waiting on it within minutes, as a restart does,
// rather than leave it waiting for good.
export const POSTGRES_KEEPALIVE = { keepAlive: true, keepAliveInitialDelayMillis: 30_000 };

// The pool options of the workspaces' data sources: keepalive, and PostgreSQL's own bounds on a
// statement (waiting for locks included) and on a transaction left idle, after which it cancels
// them (SQLSTATE 57014, 25P03: a busy database, retried). The core data source, which runs the
// migrations and holds a token refresh's transaction open while Whop answers, has keepalive only.
// 0: no bounds, as in PostgreSQL.
export const buildPostgresTimeouts = (statementTimeoutMs: number) => ({
  ...POSTGRES_KEEPALIVE,
  ...(statementTimeoutMs > 0 && {
    statement_timeout: statementTimeoutMs,
    idle_in_transaction_session_timeout: statementTimeoutMs,
  }),
});
