import { encodeCursor } from '../pagination/cursor.util';
import type { PageResult, SortedSource } from '../pagination/paginate.util';

export type PageInfo = {
  end_cursor: string | null;
  start_cursor: string | null;
  has_next_page: boolean;
  has_previous_page: boolean;
};

export type ListResponse<R> = { data: R[]; page_info: PageInfo };

export const listResponse = <T, R>(
  page: PageResult<T>,
  source: SortedSource<T>,
  order: string,
  serialize: (item: T) => R,
): ListResponse<R> => {
  const cursorOf = (item: T | undefined): string | null =>
    item === undefined ? null : encodeCursor({ order, ...source.keyOf(item) });
  return {
    data: page.items.map(serialize),
    page_info: {
      end_cursor: cursorOf(page.items[page.items.length - 1]),
      start_cursor: cursorOf(page.items[0]),
      has_next_page: page.hasNextPage,
      has_previous_page: page.hasPreviousPage,
    },
  };
};
