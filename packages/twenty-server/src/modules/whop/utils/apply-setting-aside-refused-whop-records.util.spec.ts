import { type WhopApplyResult } from 'src/modules/whop/services/apply/whop-apply.types';
import {
  applySettingAsideRefusedWhopRecords,
  describeRefusedWhopRecord,
} from 'src/modules/whop/utils/apply-setting-aside-refused-whop-records.util';

type PostgresError = Error & { code: string };

const postgresError = (code: string, message: string): PostgresError =>
  Object.assign(new Error(message), { code });

const NUL_REFUSED = postgresError('22021', 'invalid byte sequence for encoding "UTF8": 0x00');

const records = (count: number) =>
  Array.from({ length: count }, (_, index) => ({ id: `mber_${index}` }));

// A stand-in for a page's transaction: all or nothing, refused as a whole when any record of it
// is in `refused`.
const fakeApply = (refused: Set<string>, error: Error = NUL_REFUSED) => {
  const written: string[] = [];
  const calls: number[] = [];
  const apply = async (batch: { id: string }[]): Promise<WhopApplyResult> => {
    calls.push(batch.length);
    if (batch.some(({ id }) => refused.has(id))) throw error;
    written.push(...batch.map(({ id }) => id));

    return { created: batch.length, updated: 0, unchanged: 0 };
  };

  return { apply, written, calls };
};

describe('applySettingAsideRefusedWhopRecords', () => {
  it('writes a page PostgreSQL accepts in one call', async () => {
    const { apply, calls } = fakeApply(new Set());
    const setAside = jest.fn();

    await expect(
      applySettingAsideRefusedWhopRecords(records(100), apply, setAside),
    ).resolves.toEqual({ created: 100, updated: 0, unchanged: 0 });
    expect(calls).toEqual([100]);
    expect(setAside).not.toHaveBeenCalled();
  });

  it('sets aside each refused record, with why, and writes every other one', async () => {
    const { apply, written, calls } = fakeApply(new Set(['mber_3', 'mber_97']));
    const setAside = jest.fn();

    const result = await applySettingAsideRefusedWhopRecords(records(100), apply, setAside);

    expect(result).toEqual({ created: 98, updated: 0, unchanged: 0 });
    expect(written.sort()).toEqual(
      records(100)
        .map(({ id }) => id)
        .filter((id) => id !== 'mber_3' && id !== 'mber_97')
        .sort(),
    );
    expect(setAside.mock.calls).toEqual([
      [{ id: 'mber_3' }, NUL_REFUSED],
      [{ id: 'mber_97' }, NUL_REFUSED],
    ]);
    // Halving: about two calls per level for each refused record, not one call per record.
    expect(calls.length).toBeLessThan(30);
  });

  it('sets aside the record of a page of one', async () => {
    const { apply } = fakeApply(new Set(['mber_0']));
    const setAside = jest.fn();

    await expect(applySettingAsideRefusedWhopRecords(records(1), apply, setAside)).resolves.toEqual(
      { created: 0, updated: 0, unchanged: 0 },
    );
    expect(setAside).toHaveBeenCalledWith({ id: 'mber_0' }, NUL_REFUSED);
  });

  // A write the database refuses whatever the record (our own SQL, a column gone) must not pass
  // for bad data: the page fails, and nothing is set aside.
  it('fails a page of which every record is refused, setting none aside', async () => {
    const { apply } = fakeApply(new Set(records(8).map(({ id }) => id)));
    const setAside = jest.fn();

    await expect(applySettingAsideRefusedWhopRecords(records(8), apply, setAside)).rejects.toBe(
      NUL_REFUSED,
    );
    expect(setAside).not.toHaveBeenCalled();
  });

  it.each([
    ['a number out of range', '22003'],
    ['a date out of range', '22008'],
    ['a missing required value', '23502'],
    ['a failed check', '23514'],
    ['a value too large to index', '54000'],
  ])('sets aside a record refused for %s', async (_, code) => {
    const { apply } = fakeApply(new Set(['mber_1']), postgresError(code, 'refused'));
    const setAside = jest.fn();

    await applySettingAsideRefusedWhopRecords(records(2), apply, setAside);

    expect(setAside).toHaveBeenCalledWith({ id: 'mber_1' }, expect.any(Error));
  });

  it.each([
    ['the database is out of reach', postgresError('57P01', 'terminating connection')],
    ['a deadlock outlasting its retries', postgresError('40P01', 'deadlock detected')],
    ['a failure of our own', new TypeError('x is undefined')],
  ])('fails the page, splitting nothing, when %s', async (_, error) => {
    const { apply, calls } = fakeApply(new Set(['mber_1']), error);

    await expect(applySettingAsideRefusedWhopRecords(records(4), apply, jest.fn())).rejects.toBe(
      error,
    );
    expect(calls).toEqual([4]);
  });
});

describe('describeRefusedWhopRecord', () => {
  // PostgreSQL's own message may quote the value or name a column: it stays in the server's log.
  it("says what was refused in the seller's words, never PostgreSQL's message", () => {
    expect(describeRefusedWhopRecord(NUL_REFUSED)).toBe(
      'Not saved: the database cannot store a character in it (such as a NUL character).',
    );
    expect(
      describeRefusedWhopRecord(
        postgresError('22P02', 'invalid input syntax for type uuid: "secret-value"'),
      ),
    ).toBe('Not saved: the database cannot store one of its values.');
  });
});
