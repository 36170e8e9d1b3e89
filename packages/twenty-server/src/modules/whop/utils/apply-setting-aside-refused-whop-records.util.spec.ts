import { type WhopApplyResult } from 'src/modules/whop/services/apply/whop-apply.types';
import { applySettingAsideRefusedWhopRecords } from 'src/modules/whop/utils/apply-setting-aside-refused-whop-records.util';

type PostgresError = Error & { code: string };

const postgresError = (code: string, message: string): PostgresError =>
  Object.assign(new Error(message), { code });

const records = (count: number) =>
  Array.from({ length: count }, (_, index) => ({ id: `mber_${index}` }));

// A stand-in for a page's transaction: all or nothing, refused as a whole when any record of it
// is in `refused`.
const fakeApply = (
  refused: Set<string>,
  error: Error = postgresError('22021', 'invalid byte 0x00'),
) => {
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

  it('sets aside each refused record, saying why, and writes every other one', async () => {
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
      [{ id: 'mber_3' }, 'Not saved: the database refused one of its values (invalid byte 0x00).'],
      [{ id: 'mber_97' }, 'Not saved: the database refused one of its values (invalid byte 0x00).'],
    ]);
    // Halving: about two calls per level for each refused record, not one call per record.
    expect(calls.length).toBeLessThan(30);
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

    expect(setAside).toHaveBeenCalledWith({ id: 'mber_1' }, expect.any(String));
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
