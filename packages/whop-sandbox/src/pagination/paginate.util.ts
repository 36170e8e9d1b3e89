import type { Direction } from '../types/whop-enums.type';
import { type SortKey, compareSortKeys } from './sort-key.util';

// Items sorted ascending by `keyOf`; `direction` decides which way the list reads.
export type SortedSource<T> = {
  items: readonly T[];
  keyOf: (item: T) => SortKey;
};

// Relay arguments: `first` pages forward from `after`, `last` pages backward from `before`.
export type PageArgs = {
  first: number | null;
  last: number | null;
  after: SortKey | null;
  before: SortKey | null;
  direction: Direction;
};

export type PageResult<T> = {
  items: T[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
};

// First index whose key is >= (or > when `strict`) the given key.
const bound = <T>(source: SortedSource<T>, key: SortKey, strict: boolean): number => {
  let low = 0;
  let high = source.items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const comparison = compareSortKeys(source.keyOf(source.items[middle]), key);
    if (comparison < 0 || (strict && comparison === 0)) low = middle + 1;
    else high = middle;
  }
  return low;
};

const anyMatch = <T>(
  items: readonly T[],
  from: number,
  step: number,
  matches: (item: T) => boolean,
): boolean => {
  for (let index = from; index >= 0 && index < items.length; index += step) {
    if (matches(items[index])) return true;
  }
  return false;
};

// Keyset pagination over a sorted array with a filter: a page costs O(log n) to find its start plus
// the items scanned to fill it, whatever the list's size.
export const paginate = <T>(
  source: SortedSource<T>,
  args: PageArgs,
  matches: (item: T) => boolean,
): PageResult<T> => {
  const { items } = source;
  const ascending = args.direction === 'asc';
  const afterBound =
    args.after === null
      ? null
      : ascending
        ? bound(source, args.after, true)
        : bound(source, args.after, false);
  const beforeBound =
    args.before === null
      ? null
      : ascending
        ? bound(source, args.before, false)
        : bound(source, args.before, true);

  // The window [low, high) of array indexes strictly between the cursors.
  const low = (ascending ? afterBound : beforeBound) ?? 0;
  const high = Math.max(low, (ascending ? beforeBound : afterBound) ?? items.length);
  const step = ascending ? 1 : -1;
  const viewStart = ascending ? low : high - 1;
  const viewStop = ascending ? high : low - 1;

  const page: T[] = [];
  if (args.last !== null) {
    let index = viewStop - step;
    for (; index !== viewStart - step && page.length < args.last; index -= step) {
      if (matches(items[index])) page.push(items[index]);
    }
    page.reverse();
    return {
      items: page,
      hasPreviousPage: anyMatch(items, index, -step, matches),
      hasNextPage: anyMatch(items, viewStop, step, matches),
    };
  }

  const limit = args.first ?? 0;
  let index = viewStart;
  for (; index !== viewStop && page.length < limit; index += step) {
    if (matches(items[index])) page.push(items[index]);
  }
  return {
    items: page,
    hasNextPage: anyMatch(items, index, step, matches),
    hasPreviousPage: anyMatch(items, viewStart - step, -step, matches),
  };
};
