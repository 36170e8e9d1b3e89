import { getPostgresErrorCode } from 'src/engine/twenty-orm/utils/get-postgres-error-code.util';
import { type WhopApplyResult } from 'src/modules/whop/services/apply/whop-apply.types';

const DATA_EXCEPTION_CLASS = '22';

// What PostgreSQL refused in a record's values, in the seller's words (its own message, which may
// quote the value or name a column, stays in the server's log), by SQLSTATE.
const REFUSAL_REASONS: Record<string, string> = {
  '22021': 'a character in it (such as a NUL character)',
  '22P05': 'a character in it (such as a NUL character)',
  '22001': 'a text this long',
  '22003': 'a number this large',
  '22008': 'a date this far off',
  '23502': 'it without a value it requires',
  '23514': 'a value its field does not accept',
  '54000': 'a value this long in an index (an email of thousands of characters, say)',
};
const MALFORMED_VALUE = 'one of its values';

// PostgreSQL refusing a value a record carries (a NUL character in a name, a date or a number out
// of range, an email too long to index): the same record is refused however often it is written
// again.
const isRefusedRecordError = (error: unknown): boolean => {
  const code = getPostgresErrorCode(error);

  return code.startsWith(DATA_EXCEPTION_CLASS) || code in REFUSAL_REASONS;
};

export const describeRefusedWhopRecord = (error: unknown): string =>
  `Not saved: the database cannot store ${REFUSAL_REASONS[getPostgresErrorCode(error)] ?? MALFORMED_VALUE}.`;

const addResults = (first: WhopApplyResult, second: WhopApplyResult): WhopApplyResult => ({
  created: first.created + second.created,
  updated: first.updated + second.updated,
  unchanged: first.unchanged + second.unchanged,
});

const NOTHING_WRITTEN: WhopApplyResult = { created: 0, updated: 0, unchanged: 0 };

type Refusal<T> = { record: T; error: unknown };

const applyHalving = async <T>(
  records: T[],
  apply: (records: T[]) => Promise<WhopApplyResult>,
  refusals: Refusal<T>[],
): Promise<WhopApplyResult> => {
  try {
    return await apply(records);
  } catch (error) {
    if (!isRefusedRecordError(error)) throw error;

    if (records.length === 1) {
      refusals.push({ record: records[0], error });

      return NOTHING_WRITTEN;
    }

    const middle = Math.ceil(records.length / 2);
    const first = await applyHalving(records.slice(0, middle), apply, refusals);
    const second = await applyHalving(records.slice(middle), apply, refusals);

    return addResults(first, second);
  }
};

// Applies a page of Whop records; when PostgreSQL refuses one of their values, the page is split in
// halves, and those again, until each refused record is alone: it is set aside (`setAside` is told
// why) and every other record is written. A page of which every record is refused fails with the
// first refusal: a write the database refuses whatever the record is ours to fix, not the seller's
// data. Any other failure fails the page.
export const applySettingAsideRefusedWhopRecords = async <T>(
  records: T[],
  apply: (records: T[]) => Promise<WhopApplyResult>,
  setAside: (record: T, error: unknown) => void,
): Promise<WhopApplyResult> => {
  const refusals: Refusal<T>[] = [];
  const result = await applyHalving(records, apply, refusals);

  if (records.length > 1 && refusals.length === records.length) {
    throw refusals[0].error;
  }
  refusals.forEach(({ record, error }) => setAside(record, error));

  return result;
};
