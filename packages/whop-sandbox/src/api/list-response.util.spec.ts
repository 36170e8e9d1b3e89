import { decodeCursor } from '../pagination/cursor.util';
import type { PageResult, SortedSource } from '../pagination/paginate.util';
import { listResponseParts } from './list-response.util';

type Item = { id: string; at: number; name: string };

const items: Item[] = [
  { id: 'a', at: 1, name: 'Иван Петров' },
  { id: 'b', at: 2, name: 'Zoë 😀' },
  { id: 'c', at: 3, name: 'quote " and \\ and \u2028' },
];
const source: SortedSource<Item> = { items, keyOf: (item) => ({ value: item.at, id: item.id }) };
const serialize = (item: Item) => ({
  id: item.id,
  name: item.name,
  nothing: undefined,
  none: null,
});

describe('listResponseParts', () => {
  it('joins into JSON.stringify of the whole page', () => {
    const page: PageResult<Item> = { items, hasNextPage: true, hasPreviousPage: false };
    const text = listResponseParts(page, source, 'created_at', serialize).join('');
    const body = JSON.parse(text);
    expect(text).toBe(JSON.stringify({ data: items.map(serialize), page_info: body.page_info }));
    expect(body.page_info).toMatchObject({ has_next_page: true, has_previous_page: false });
    expect(decodeCursor(body.page_info.start_cursor)).toEqual({
      order: 'created_at',
      value: 1,
      id: 'a',
    });
    expect(decodeCursor(body.page_info.end_cursor)).toEqual({
      order: 'created_at',
      value: 3,
      id: 'c',
    });
  });

  it('encodes an empty page with null cursors', () => {
    const page: PageResult<Item> = { items: [], hasNextPage: false, hasPreviousPage: true };
    expect(listResponseParts(page, source, 'created_at', serialize).join('')).toBe(
      '{"data":[],"page_info":{"end_cursor":null,"start_cursor":null,"has_next_page":false,"has_previous_page":true}}',
    );
  });
});
