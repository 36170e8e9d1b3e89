import { RecordQueryExceptionCode } from 'src/engine/api/graphql/record-query.exception';
import { readRecordPageSize } from 'src/engine/api/graphql/utils/read-record-page-size.util';

const SIZES = { defaultSize: 20, maxSize: 100 };

describe('readRecordPageSize', () => {
  it('takes the default when first is left out or null', () => {
    expect(readRecordPageSize(undefined, SIZES)).toBe(20);
    expect(readRecordPageSize(null, SIZES)).toBe(20);
  });

  it('takes first as asked from 1 to the maximum', () => {
    expect(readRecordPageSize(1, SIZES)).toBe(1);
    expect(readRecordPageSize(100, SIZES)).toBe(100);
  });

  it.each([0, -5, 101, 100000, 2.5])('refuses %p, saying what fits', (first) => {
    expect(() => readRecordPageSize(first, SIZES)).toThrow(
      expect.objectContaining({
        code: RecordQueryExceptionCode.INVALID_PAGE_SIZE,
        message: `first must be a whole number from 1 to 100, not ${first}`,
      }),
    );
  });
});
