import { type SortKey, type SortValue, compareSortKeys } from './sort-key.util';

// Lists ordered by something other than creation time read a sorted copy, rebuilt only when the
// store changes (keyed by the store's revision).
export class SortedViewCache {
  private readonly views = new Map<string, { revision: number; items: readonly unknown[] }>();

  view<T extends { id: string }>(
    name: string,
    revision: number,
    items: readonly T[],
    valueOf: (item: T) => SortValue,
  ): readonly T[] {
    const cached = this.views.get(name);
    if (cached?.revision === revision) return cached.items as readonly T[];
    const keyed = items.map((item): [SortKey, T] => [{ value: valueOf(item), id: item.id }, item]);
    keyed.sort((left, right) => compareSortKeys(left[0], right[0]));
    const sorted = keyed.map(([, item]) => item);
    this.views.set(name, { revision, items: sorted });
    return sorted;
  }

  clear(): void {
    this.views.clear();
  }
}
