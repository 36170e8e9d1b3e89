import { type EntityManager } from 'typeorm';

import { quoteWhopColumn } from 'src/modules/whop/services/apply/utils/build-whop-record-update-sql.util';
import { getWhopTableReference } from 'src/modules/whop/services/apply/utils/get-whop-table-reference.util';

// The live (not soft-deleted) records whose `keyColumn` is one of `keys`, in one query, mapped by
// key. Only `columns` are read. With `lockForUpdate`, the records are locked until the transaction
// ends, for a write computed from what was read: a write of them under way elsewhere is waited
// for, and read. Locked in id order, so that two such reads never deadlock each other.
export const findWhopRecordsByKey = async <Stored extends object>(
  manager: EntityManager,
  objectName: string,
  keyColumn: keyof Stored & string,
  keys: string[],
  columns: (keyof Stored & string)[],
  { lockForUpdate = false }: { lockForUpdate?: boolean } = {},
): Promise<Map<string, Stored>> => {
  if (keys.length === 0) {
    return new Map();
  }

  const records: Stored[] = await manager.query(
    `SELECT ${[...new Set([keyColumn, ...columns])].map(quoteWhopColumn).join(', ')}
     FROM ${getWhopTableReference(manager, objectName)}
     WHERE ${quoteWhopColumn(keyColumn)} = ANY($1::text[]) AND "deletedAt" IS NULL${
       lockForUpdate ? ' ORDER BY "id" FOR UPDATE' : ''
     }`,
    [[...new Set(keys)]],
  );

  return new Map(records.map((record) => [record[keyColumn] as string, record]));
};
