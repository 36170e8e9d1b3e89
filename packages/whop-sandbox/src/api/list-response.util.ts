import { encodeCursor } from '../pagination/cursor.util';
import type { PageResult, SortedSource } from '../pagination/paginate.util';

type PageInfo = {
  end_cursor: string | null;
  start_cursor: string | null;
  has_next_page: boolean;
  has_previous_page: boolean;
};

// `{"data":[…],"page_info":{…}}` as pieces of JSON text, one per item, that join into what
// JSON.stringify of the whole page gives: no page-sized string is built (see sendJson).
export const listResponseParts = <T, R>(
  page: PageResult<T>,
  source: SortedSource<T>,
  order: string,
  serialize: (item: T) => R,
): string[] => {
  const cursorOf = (item: T | undefined): string | null =>
    item === undefined ? null : encodeCursor({ order, ...source.keyOf(item) });
  const pageInfo: PageInfo = {
    end_cursor: cursorOf(page.items[page.items.length - 1]),
    start_cursor: cursorOf(page.items[0]),
    has_next_page: page.hasNextPage,
    has_previous_page: page.hasPreviousPage,
  };
  const parts = ['{"data":['];
  page.items.forEach((item, index) => {
    if (index > 0) parts.push(',');
    parts.push(JSON.stringify(serialize(item)));
  });
  parts.push('],"page_info":', JSON.stringify(pageInfo), '}');
  return parts;
};
