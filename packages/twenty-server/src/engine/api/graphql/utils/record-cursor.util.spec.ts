import { OrderByDirection } from 'src/engine/api/graphql/inputs/order-by-direction.enum';
import {
  buildCursorPredicate,
  decodeRecordCursor,
  describeRecordSort,
  encodeRecordCursor,
  orderBySql,
} from 'src/engine/api/graphql/utils/record-cursor.util';

const RECORD_ID = '0193a5c2-7d1e-7c3a-9f10-2b3c4d5e6f70';
const BY_CREATION = describeRecordSort([
  { field: 'createdAt', direction: OrderByDirection.DescNullsLast },
  { field: 'city', direction: OrderByDirection.AscNullsFirst },
]);

describe('record cursors', () => {
  it('round-trips through an opaque string', () => {
    const cursor = { values: ['2026-01-01 00:00:00+00', null], id: RECORD_ID };

    expect(decodeRecordCursor(encodeRecordCursor(BY_CREATION, cursor), BY_CREATION, 2)).toEqual(
      cursor,
    );
  });

  it('rejects a cursor made for another ordering, of as many fields or not', () => {
    const byCity = describeRecordSort([
      { field: 'city', direction: OrderByDirection.DescNullsLast },
      { field: 'createdAt', direction: OrderByDirection.AscNullsFirst },
    ]);
    const encoded = encodeRecordCursor(byCity, { values: ['Paris', null], id: RECORD_ID });

    expect(() => decodeRecordCursor(encoded, BY_CREATION, 2)).toThrow(/Invalid cursor/);
    expect(() => decodeRecordCursor(encoded, byCity, 1)).toThrow(/Invalid cursor/);
    expect(() => decodeRecordCursor('not-base64-json', BY_CREATION, 2)).toThrow(/Invalid cursor/);
  });

  it('rejects a cursor whose id is not a record id or whose values are not text', () => {
    const tampered = (values: unknown[], id: unknown) =>
      Buffer.from(JSON.stringify(['city ASC', values, id])).toString('base64url');
    const decode = (encoded: string) => decodeRecordCursor(encoded, 'city ASC', 1);

    expect(() => decode(tampered(['a'], 'x'))).toThrow(/Invalid cursor/);
    expect(() => decode(tampered([1], RECORD_ID))).toThrow(/Invalid cursor/);
    expect(() => decode(tampered([{ a: 1 }], RECORD_ID))).toThrow(/Invalid cursor/);
    expect(decode(tampered([null], RECORD_ID))).toEqual({ values: [null], id: RECORD_ID });
  });

  it('accepts only the values a query says its sort can have', () => {
    const isDate = (value: unknown): value is string =>
      typeof value === 'string' && /^\d{4}-/.test(value);
    const encoded = (value: string) =>
      encodeRecordCursor('startedAt DESC', { values: [value], id: RECORD_ID });

    expect(decodeRecordCursor(encoded('2026-12-01'), 'startedAt DESC', 1, isDate).values).toEqual([
      '2026-12-01',
    ]);
    expect(() => decodeRecordCursor(encoded('yesterday'), 'startedAt DESC', 1, isDate)).toThrow(
      /Invalid cursor/,
    );
  });

  it('orders with explicit null placement', () => {
    expect(orderBySql({ field: 'city', direction: OrderByDirection.DescNullsLast })).toBe(
      '"city" DESC NULLS LAST',
    );
  });

  it('seeks past the cursor on every sort key, then on id', () => {
    const { conditions, params } = buildCursorPredicate(
      [
        { field: 'createdAt', direction: OrderByDirection.DescNullsLast },
        { field: 'city', direction: OrderByDirection.AscNullsFirst },
      ],
      { values: ['2026-01-01', 'Paris'], id: 'id-1' },
      3,
    );

    expect(conditions[0]).toBe(
      '((("createdAt" < $3 OR "createdAt" IS NULL)) OR ("createdAt" = $4 AND "city" > $5) OR ("createdAt" = $4 AND "city" = $6 AND "id" > $7))',
    );
    expect(params).toEqual(['2026-01-01', '2026-01-01', 'Paris', 'Paris', 'id-1']);
  });

  it('treats a null sort value according to where nulls sort', () => {
    const nullsLast = buildCursorPredicate(
      [{ field: 'city', direction: OrderByDirection.AscNullsLast }],
      { values: [null], id: 'id-1' },
      1,
    );
    const nullsFirst = buildCursorPredicate(
      [{ field: 'city', direction: OrderByDirection.AscNullsFirst }],
      { values: [null], id: 'id-1' },
      1,
    );

    expect(nullsLast.conditions[0]).toBe('(("city" IS NULL AND "id" > $1))');
    expect(nullsFirst.conditions[0]).toBe(
      '(("city" IS NOT NULL) OR ("city" IS NULL AND "id" > $1))',
    );
  });
});
