import {
  QueryFailedError,
  QueryRunnerAlreadyReleasedError,
  QueryRunnerProviderAlreadyReleasedError,
} from 'typeorm';

import { isDatabaseUnavailableError } from 'src/engine/twenty-orm/utils/is-database-unavailable-error.util';

const postgresError = (code: string, message = 'error') =>
  Object.assign(new Error(message), { code });

const wrapped = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);

describe('isDatabaseUnavailableError', () => {
  it.each([
    ['a restart (admin_shutdown), as TypeORM wraps it', wrapped(postgresError('57P01'))],
    ['a crash', postgresError('57P02')],
    ['a server still starting', postgresError('57P03', 'the database system is starting up')],
    ['a connection exception', postgresError('08006')],
    ['a refused socket', postgresError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['a reset socket', postgresError('ECONNRESET')],
    ['a connection the driver saw close', new Error('Connection terminated unexpectedly')],
    [
      "a transaction's statement after its connection failed",
      new QueryRunnerProviderAlreadyReleasedError(),
    ],
    ["a transaction's COMMIT after its connection failed", new QueryRunnerAlreadyReleasedError()],
    ['a host not found while it restarts', postgresError('EAI_AGAIN')],
  ])('is true for %s', (_, error) => {
    expect(isDatabaseUnavailableError(error)).toBe(true);
  });

  it.each([
    ['a unique violation', wrapped(postgresError('23505'))],
    ['a syntax error', postgresError('42601')],
    ['a deadlock', postgresError('40P01')],
    ['any other error', new Error('Cannot read properties of undefined')],
    ['a value that is not an error', null],
  ])('is false for %s', (_, error) => {
    expect(isDatabaseUnavailableError(error)).toBe(false);
  });
});
