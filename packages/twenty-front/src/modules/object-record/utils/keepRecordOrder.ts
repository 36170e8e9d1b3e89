import { getUniqueSortedIds } from '@/object-record/utils/getUniqueSortedIds';

const isSameRecordSet = (order: string[], ids: string[]): boolean =>
  order.length === ids.length &&
  getUniqueSortedIds(order).join('\n') === getUniqueSortedIds(ids).join('\n');

// The records in `order` (ids) while they are the same records, else in their own order, which
// becomes the order kept: a record that changes does not move under the pointer or the focus.
export const keepRecordOrder = <TRecord extends { id: string }>(
  order: string[],
  records: TRecord[],
): { order: string[]; records: TRecord[] } => {
  const ids = records.map((record) => record.id);

  if (!isSameRecordSet(order, ids)) {
    return { order: ids, records };
  }

  const recordsById = new Map(records.map((record) => [record.id, record]));

  return { order, records: order.map((id) => recordsById.get(id) as TRecord) };
};
