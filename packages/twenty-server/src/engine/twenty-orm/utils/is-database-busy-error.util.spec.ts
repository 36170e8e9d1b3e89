import { QueryFailedError } from 'typeorm';

import { isDatabaseBusyError } from 'src/engine/twenty-orm/utils/is-database-busy-error.util';

const postgresError = (code: string) =>
  new QueryFailedError('UPDATE …', [], Object.assign(new Error('failed'), { code }));

describe('isDatabaseBusyError', () => {
  it.each([
    ['40P01', 'a deadlock'],
    ['40001', 'a serialization failure'],
    ['53300', 'too many clients'],
    ['53200', 'out of memory'],
    ['55P03', 'a lock not available in time'],
    ['57014', 'a statement timeout'],
    ['25P03', 'an idle transaction timed out'],
  ])('takes %s (%s) for the load, worth trying again', (code) => {
    expect(isDatabaseBusyError(postgresError(code))).toBe(true);
  });

  it.each([
    ['23505', 'a unique violation'],
    ['42P01', 'a missing table'],
    ['22P02', 'a malformed value'],
    ['53100', 'a full disk'],
    ['40002', 'a constraint found at commit'],
  ])('takes %s (%s) for what the statement asked: not worth trying again', (code) => {
    expect(isDatabaseBusyError(postgresError(code))).toBe(false);
  });

  it('takes an error without a SQLSTATE for something else', () => {
    expect(isDatabaseBusyError(new Error('boom'))).toBe(false);
  });
});
