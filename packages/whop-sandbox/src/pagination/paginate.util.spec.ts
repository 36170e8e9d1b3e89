import { type PageArgs, type SortedSource, paginate } from './paginate.util';

type Item = { id: string; at: number };

const items: Item[] = Array.from({ length: 10 }, (_, index) => ({
  id: `i${index}`,
  at: index * 10,
}));
const source: SortedSource<Item> = { items, keyOf: (item) => ({ value: item.at, id: item.id }) };
const keyOf = (item: Item) => source.keyOf(item);
const all = () => true;
const args = (overrides: Partial<PageArgs>): PageArgs => ({
  first: null,
  last: null,
  after: null,
  before: null,
  direction: 'asc',
  ...overrides,
});
const ids = (page: { items: Item[] }) => page.items.map((item) => item.id);

describe('paginate', () => {
  it('pages forward with first/after until the end', () => {
    const first = paginate(source, args({ first: 4 }), all);
    expect(ids(first)).toEqual(['i0', 'i1', 'i2', 'i3']);
    expect(first).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    const second = paginate(source, args({ first: 4, after: keyOf(items[3]) }), all);
    expect(ids(second)).toEqual(['i4', 'i5', 'i6', 'i7']);
    expect(second).toMatchObject({ hasNextPage: true, hasPreviousPage: true });

    const third = paginate(source, args({ first: 4, after: keyOf(items[7]) }), all);
    expect(ids(third)).toEqual(['i8', 'i9']);
    expect(third.hasNextPage).toBe(false);
  });

  it('reads descending', () => {
    const first = paginate(source, args({ first: 3, direction: 'desc' }), all);
    expect(ids(first)).toEqual(['i9', 'i8', 'i7']);
    const second = paginate(
      source,
      args({ first: 3, direction: 'desc', after: keyOf(items[7]) }),
      all,
    );
    expect(ids(second)).toEqual(['i6', 'i5', 'i4']);
    expect(second).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it('pages backward with last/before', () => {
    const page = paginate(source, args({ last: 3, before: keyOf(items[5]) }), all);
    expect(ids(page)).toEqual(['i2', 'i3', 'i4']);
    expect(page).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const end = paginate(source, args({ last: 2, direction: 'desc' }), all);
    expect(ids(end)).toEqual(['i1', 'i0']);
    expect(end).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('filters while paging and reports more only when a match exists', () => {
    const even = (item: Item) => item.at % 20 === 0;
    const page = paginate(source, args({ first: 2, after: keyOf(items[3]) }), even);
    expect(ids(page)).toEqual(['i4', 'i6']);
    expect(page.hasNextPage).toBe(true);
    const last = paginate(source, args({ first: 5, after: keyOf(items[6]) }), even);
    expect(ids(last)).toEqual(['i8']);
    expect(last.hasNextPage).toBe(false);
  });

  it('keeps its place when items are inserted before the cursor', () => {
    const cursor = keyOf(items[4]);
    const grown: SortedSource<Item> = {
      ...source,
      items: [{ id: 'new', at: 5 }, ...items].sort((a, b) => a.at - b.at),
    };
    expect(ids(paginate(grown, args({ first: 2, after: cursor }), all))).toEqual(['i5', 'i6']);
  });

  it('survives a cursor whose item was deleted', () => {
    const shrunk: SortedSource<Item> = {
      ...source,
      items: items.filter((item) => item.id !== 'i4'),
    };
    expect(ids(paginate(shrunk, args({ first: 2, after: keyOf(items[4]) }), all))).toEqual([
      'i5',
      'i6',
    ]);
  });

  it('returns nothing between crossed cursors', () => {
    const page = paginate(
      source,
      args({ first: 5, after: keyOf(items[6]), before: keyOf(items[2]) }),
      all,
    );
    expect(page.items).toEqual([]);
  });
});
