import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../constants/pagination.constant';
import { type Cursor, decodeCursor } from '../pagination/cursor.util';
import type { PageArgs } from '../pagination/paginate.util';
import { DIRECTIONS, type Direction } from '../types/whop-enums.type';
import { type QueryParams, readString } from './query-params.util';
import { WhopApiError, unprocessable } from './whop-api-error';

export type ListArgs = { pageArgs: PageArgs; order: string };

const readCount = (query: QueryParams, name: string): number | null => {
  const value = readString(query, name);
  if (value === undefined) return null;
  if (!/^\d+$/.test(value)) throw unprocessable(`${name} must be a non-negative integer.`);
  return Math.min(Number(value), MAX_PAGE_SIZE);
};

const readCursor = (query: QueryParams, name: string, order: string): Cursor | null => {
  const value = readString(query, name);
  if (value === undefined) return null;
  const cursor = decodeCursor(value);
  if (cursor === null) throw new WhopApiError(400, `${name} is not a valid cursor.`);
  if (cursor.order !== order)
    throw new WhopApiError(
      400,
      `${name} is a cursor for order=${cursor.order}, not order=${order}.`,
    );
  return cursor;
};

// Relay arguments plus Whop's order/direction. `first`/`last` above 100 are clamped to 100.
export const parseListArgs = (
  query: QueryParams,
  orders: readonly string[],
  defaultDirection: Direction = 'desc',
): ListArgs => {
  const order = readString(query, 'order') ?? 'created_at';
  if (!orders.includes(order)) throw unprocessable(`order must be one of: ${orders.join(', ')}.`);
  const direction = readString(query, 'direction') ?? defaultDirection;
  if (!(DIRECTIONS as readonly string[]).includes(direction))
    throw unprocessable('direction must be asc or desc.');

  const first = readCount(query, 'first');
  const last = readCount(query, 'last');
  if (first !== null && last !== null) throw unprocessable('Pass either first or last, not both.');
  return {
    order,
    pageArgs: {
      first: first ?? (last === null ? DEFAULT_PAGE_SIZE : null),
      last,
      after: readCursor(query, 'after', order),
      before: readCursor(query, 'before', order),
      direction: direction as Direction,
    },
  };
};
