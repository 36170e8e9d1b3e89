import { isValidUuid } from 'twenty-shared';

import { OrderByDirection } from 'src/engine/api/graphql/inputs/order-by-direction.enum';
import {
  RecordQueryException,
  RecordQueryExceptionCode,
} from 'src/engine/api/graphql/record-query.exception';
import { type SqlFragment } from 'src/engine/api/graphql/utils/build-record-filter-where.util';

export type RecordOrderBy = { field: string; direction: OrderByDirection };

// A cursor holds the sort values of the last row read (as PostgreSQL text) and its id, with the
// ordering it was made for (`describeRecordSort`): a cursor another ordering made is refused.
export type RecordCursor = { values: (string | null)[]; id: string };

export const describeRecordSort = (orderBy: RecordOrderBy[]): string =>
  orderBy.map(({ field, direction }) => `${field} ${direction}`).join(', ');

type CursorValueCheck = (value: unknown) => value is string | null;

const isCursorValue: CursorValueCheck = (value): value is string | null =>
  value === null || typeof value === 'string';

export const encodeRecordCursor = (sort: string, cursor: RecordCursor): string =>
  Buffer.from(JSON.stringify([sort, cursor.values, cursor.id])).toString('base64url');

// `isValue` narrows what a sort value may be where the query knows its type.
export const decodeRecordCursor = (
  encoded: string,
  sort: string,
  expectedValues: number,
  isValue: CursorValueCheck = isCursorValue,
): RecordCursor => {
  try {
    const [cursorSort, values, id] = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));

    if (
      cursorSort !== sort ||
      !Array.isArray(values) ||
      values.length !== expectedValues ||
      !values.every((value) => isValue(value)) ||
      typeof id !== 'string' ||
      !isValidUuid(id)
    ) {
      throw new Error('shape');
    }

    return { values, id };
  } catch {
    throw new RecordQueryException(
      'Invalid cursor: it does not belong to this query',
      RecordQueryExceptionCode.INVALID_CURSOR,
    );
  }
};

export const orderBySql = ({ field, direction }: RecordOrderBy): string => {
  const ascending = direction.startsWith('Asc');
  const nullsFirst = direction.endsWith('NullsFirst');

  return `"${field}" ${ascending ? 'ASC' : 'DESC'} NULLS ${nullsFirst ? 'FIRST' : 'LAST'}`;
};

// Keyset predicate "row comes after the cursor" for any mix of directions and null placements:
// (f1 after v1) OR (f1 = v1 AND f2 after v2) OR … OR (all equal AND id > cursor id).
export const buildCursorPredicate = (
  orderBy: RecordOrderBy[],
  cursor: RecordCursor,
  firstParamIndex: number,
): SqlFragment => {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);

    return `$${firstParamIndex + params.length - 1}`;
  };
  const equalities: string[] = [];
  const alternatives: string[] = [];

  orderBy.forEach(({ field, direction }, index) => {
    const column = `"${field}"`;
    const value = cursor.values[index];
    const ascending = direction.startsWith('Asc');
    const nullsFirst = direction.endsWith('NullsFirst');
    let after: string | null;

    if (value === null) {
      after = nullsFirst ? `${column} IS NOT NULL` : null;
    } else {
      const comparison = `${column} ${ascending ? '>' : '<'} ${param(value)}`;

      after = nullsFirst ? comparison : `(${comparison} OR ${column} IS NULL)`;
    }
    if (after) {
      alternatives.push([...equalities, after].join(' AND '));
    }
    equalities.push(value === null ? `${column} IS NULL` : `${column} = ${param(value)}`);
  });
  alternatives.push([...equalities, `"id" > ${param(cursor.id)}`].join(' AND '));

  return { conditions: [`(${alternatives.map((part) => `(${part})`).join(' OR ')})`], params };
};
