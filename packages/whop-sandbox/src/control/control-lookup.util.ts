import { notFound } from '../api/whop-api-error';
import type { RecordCollection, StoredRecord } from '../store/record-collection';

export const findOrThrow = <T extends StoredRecord>(
  collection: RecordCollection<T>,
  resource: string,
  id: string,
): T => {
  const record = collection.get(id);
  if (record === undefined) throw notFound(resource, id);
  return record;
};
