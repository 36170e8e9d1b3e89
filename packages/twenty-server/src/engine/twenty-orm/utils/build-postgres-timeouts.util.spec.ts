import { readEnvironmentVariables } from 'src/engine/core-modules/environment/environment-variables';
import { buildPostgresTimeouts } from 'src/engine/twenty-orm/utils/build-postgres-timeouts.util';

describe('buildPostgresTimeouts', () => {
  it('bounds a statement and an idle transaction by the timeout, with keepalive', () => {
    expect(buildPostgresTimeouts(300_000)).toEqual({
      keepAlive: true,
      keepAliveInitialDelayMillis: 30_000,
      statement_timeout: 300_000,
      idle_in_transaction_session_timeout: 300_000,
    });
  });

  it('bounds nothing at 0, as PostgreSQL reads it, rather than cancel every statement', () => {
    const { PG_STATEMENT_TIMEOUT_MS } = readEnvironmentVariables({ PG_STATEMENT_TIMEOUT_MS: '0' });

    expect(buildPostgresTimeouts(PG_STATEMENT_TIMEOUT_MS)).toEqual({
      keepAlive: true,
      keepAliveInitialDelayMillis: 30_000,
    });
  });
});
