import type { SortedSource } from '../pagination/paginate.util';
import type { SortValue } from '../pagination/sort-key.util';
import type { SandboxContext } from '../sandbox-context.type';
import type { RecordCollection, StoredRecord } from '../store/record-collection';

export type OrderValues<T> = Record<string, (item: T) => SortValue>;

// created_at reads the collection as stored; other orders read a cached sorted copy.
export const sortedSource = <T extends StoredRecord>(
  context: Pick<SandboxContext, 'store' | 'sortedViews'>,
  name: string,
  collection: RecordCollection<T>,
  order: string,
  orders: OrderValues<T>,
): SortedSource<T> => {
  if (order === 'created_at')
    return { items: collection.all(), keyOf: (item) => ({ value: item.createdAt, id: item.id }) };
  const valueOf = orders[order];
  return {
    items: context.sortedViews.view(
      `${name}:${order}`,
      context.store.revision,
      collection.all(),
      valueOf,
    ),
    keyOf: (item) => ({ value: valueOf(item), id: item.id }),
  };
};
