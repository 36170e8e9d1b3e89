import { QueryFailedError } from 'typeorm';

import {
  toWhopSyncException,
  UNEXPECTED_SYNC_ERROR_MESSAGE,
} from 'src/modules/whop/utils/to-whop-sync-exception.util';
import { WhopException, WhopExceptionCode } from 'src/modules/whop/whop.exception';

describe('toWhopSyncException', () => {
  it('keeps a Whop error as it was classified', () => {
    const error = new WhopException('Whop answered 503', WhopExceptionCode.TEMPORARY_ERROR);

    expect(toWhopSyncException(error)).toBe(error);
  });

  it('makes a database restart temporary, with words for the seller', () => {
    const restart = new QueryFailedError(
      'INSERT …',
      [],
      Object.assign(new Error('terminating connection due to administrator command'), {
        code: '57P01',
      }),
    );

    expect(toWhopSyncException(restart)).toMatchObject({
      code: WhopExceptionCode.TEMPORARY_ERROR,
      message: 'The database was unavailable: terminating connection due to administrator command',
      userFriendlyMessage: 'The database was unavailable for a moment.',
    });
  });

  it('makes a database too busy (too many clients, a deadlock, a timeout) temporary: the run waits and resumes', () => {
    const tooManyClients = new QueryFailedError(
      'INSERT …',
      [],
      Object.assign(new Error('sorry, too many clients already'), { code: '53300' }),
    );

    expect(toWhopSyncException(tooManyClients)).toMatchObject({
      code: WhopExceptionCode.TEMPORARY_ERROR,
      message: 'The database was too busy: sorry, too many clients already',
      userFriendlyMessage: 'The database was too busy for a moment.',
    });
  });

  it('leaves any other error unknown, its message for the log and words of its own for the seller', () => {
    expect(
      toWhopSyncException(new Error('duplicate key value violates unique constraint')),
    ).toMatchObject({
      code: WhopExceptionCode.UNKNOWN,
      message: 'duplicate key value violates unique constraint',
      userFriendlyMessage: UNEXPECTED_SYNC_ERROR_MESSAGE,
    });
    expect(toWhopSyncException('Boom')).toMatchObject({
      code: WhopExceptionCode.UNKNOWN,
      message: 'Boom',
    });
  });
});
