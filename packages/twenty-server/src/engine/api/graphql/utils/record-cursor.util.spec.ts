import { OrderByDirection } from 'src/engine/api/graphql/inputs/order-by-direction.enum';
import {
  buildCursorPredicate,
  decodeRecordCursor,
  encodeRecordCursor,
  orderBySql,
} from 'src/engine/api/graphql/utils/record-cursor.util';

const RECORD_ID = '0193a5c2-7d1e-7c3a-9f10-2b3c4d5e6f70';

describe('record cursors', () => {
  it('round-trips through an opaque string', () => {
    const cursor = { values: ['2026-01-01 00:00:00+00', null], id: RECORD_ID };

    expect(decodeRecordCursor(encodeRecordCursor(cursor), 2)).toEqual(cursor);
  });

  it('rejects a cursor made for another ordering', () => {
    const encoded = encodeRecordCursor({ values: ['a'], id: RECORD_ID });

    expect(() => decodeRecordCursor(encoded, 2)).toThrow(/Invalid cursor/);
    expect(() => decodeRecordCursor('not-base64-json', 1)).toThrow(/Invalid cursor/);
  });

  it('rejects a cursor whose id is not a record id or whose values are not text', () => {
    const tampered = (values: unknown[], id: unknown) =>
      Buffer.from(JSON.stringify([values, id])).toString('base64url');

    expect(() => decodeRecordCursor(tampered(['a'], 'x'), 1)).toThrow(/Invalid cursor/);
    expect(() => decodeRecordCursor(tampered([1], RECORD_ID), 1)).toThrow(/Invalid cursor/);
    expect(() => decodeRecordCursor(tampered([{ a: 1 }], RECORD_ID), 1)).toThrow(/Invalid cursor/);
    expect(decodeRecordCursor(tampered([null], RECORD_ID), 1)).toEqual({
      values: [null],
      id: RECORD_ID,
    });
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
