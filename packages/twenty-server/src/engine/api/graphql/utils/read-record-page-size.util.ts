import {
  RecordQueryException,
  RecordQueryExceptionCode,
} from 'src/engine/api/graphql/record-query.exception';

// How many records a page holds: `first` as asked, or the default when it is left out or null. A
// size outside 1 to `maxSize` is refused with a message saying what fits, never quietly changed: a
// caller asking for 0 or 10,000 rows would otherwise read a page of another size than it expects.
export const readRecordPageSize = (
  first: number | null | undefined,
  { defaultSize, maxSize }: { defaultSize: number; maxSize: number },
): number => {
  if (first === null || first === undefined) {
    return defaultSize;
  }
  if (!Number.isInteger(first) || first < 1 || first > maxSize) {
    throw new RecordQueryException(
      `first must be a whole number from 1 to ${maxSize}, not ${first}`,
      RecordQueryExceptionCode.INVALID_PAGE_SIZE,
    );
  }

  return first;
};
