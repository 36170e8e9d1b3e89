import { getPostgresErrorCode } from 'src/engine/twenty-orm/utils/get-postgres-error-code.util';
import { type WhopApplyResult } from 'src/modules/whop/services/apply/whop-apply.types';

const DATA_EXCEPTION_CLASS = '22';
const NOT_NULL_VIOLATION = '23502';
const CHECK_VIOLATION = '23514';
const PROGRAM_LIMIT_EXCEEDED = '54000';

// PostgreSQL refusing a value a record carries (a NUL character in a name, a date or a number out
// of range, an email too long to index): the same record is refused however often it is written
// again.
const isRefusedRecordError = (error: unknown): boolean => {
  const code = getPostgresErrorCode(error);

  return (
    code.startsWith(DATA_EXCEPTION_CLASS) ||
    [NOT_NULL_VIOLATION, CHECK_VIOLATION, PROGRAM_LIMIT_EXCEEDED].includes(code)
  );
};

const addResults = (first: WhopApplyResult, second: WhopApplyResult): WhopApplyResult => ({
  created: first.created + second.created,
  updated: first.updated + second.updated,
  unchanged: first.unchanged + second.unchanged,
});

// Applies a page of Whop records; when PostgreSQL refuses one of their values, the page is split in
// halves, and those again, until each refused record is alone: it is set aside (`setAside` says
// why) and every other record is written. Any other failure fails the page.
export const applySettingAsideRefusedWhopRecords = async <T extends { id: string }>(
  records: T[],
  apply: (records: T[]) => Promise<WhopApplyResult>,
  setAside: (record: T, reason: string) => void,
): Promise<WhopApplyResult> => {
  try {
    return await apply(records);
  } catch (error) {
    if (!isRefusedRecordError(error)) throw error;

    if (records.length === 1) {
      setAside(
        records[0],
        `Not saved: the database refused one of its values (${(error as Error).message}).`,
      );

      return { created: 0, updated: 0, unchanged: 0 };
    }

    const middle = Math.ceil(records.length / 2);
    const first = await applySettingAsideRefusedWhopRecords(
      records.slice(0, middle),
      apply,
      setAside,
    );
    const second = await applySettingAsideRefusedWhopRecords(
      records.slice(middle),
      apply,
      setAside,
    );

    return addResults(first, second);
  }
};
