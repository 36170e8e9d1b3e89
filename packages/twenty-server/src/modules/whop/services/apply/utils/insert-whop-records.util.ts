import { type EntityManager } from 'typeorm';

import { quoteWhopColumn } from 'src/modules/whop/services/apply/utils/build-whop-record-update-sql.util';
import { buildWhopRowsSource } from 'src/modules/whop/services/apply/utils/build-whop-rows-source.util';
import { getWhopTableReference } from 'src/modules/whop/services/apply/utils/get-whop-table-reference.util';
import { type WhopRecordRow } from 'src/modules/whop/services/apply/utils/whop-record-write.type';

export type WhopInsertedRecord = {
  id: string;
  key: string | null;
};

// ONE statement inserting a page's rows (all of the same shape, each given a new id); with
// `uniqueKey`, a row whose key is already stored is skipped (written once, never rewritten). Answers
// the inserted rows' ids and keys.
export const insertWhopRecords = async (
  manager: EntityManager,
  objectName: string,
  rows: WhopRecordRow[],
  { uniqueKey }: { uniqueKey?: string } = {},
): Promise<WhopInsertedRecord[]> => {
  if (rows.length === 0) {
    return [];
  }

  const table = getWhopTableReference(manager, objectName);
  const source = buildWhopRowsSource(
    manager,
    objectName,
    Object.keys(rows[0]),
    rows,
    '"incoming"',
    {
      newIds: true,
    },
  );

  return manager.query(
    `INSERT INTO ${table} (${source.columns})
     SELECT ${source.columns} FROM ${source.sql}
     ${uniqueKey ? `ON CONFLICT (${quoteWhopColumn(uniqueKey)}) DO NOTHING` : ''}
     RETURNING "id", ${uniqueKey ? quoteWhopColumn(uniqueKey) : 'NULL'} AS "key"`,
    source.parameters,
  );
};
