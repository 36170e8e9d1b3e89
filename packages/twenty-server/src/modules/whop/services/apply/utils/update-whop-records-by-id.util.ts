import { type EntityManager } from 'typeorm';

import {
  buildWhopRecordUpdateSql,
  STORED_ALIAS,
} from 'src/modules/whop/services/apply/utils/build-whop-record-update-sql.util';
import { buildWhopRowsSource } from 'src/modules/whop/services/apply/utils/build-whop-rows-source.util';
import { getWhopTableReference } from 'src/modules/whop/services/apply/utils/get-whop-table-reference.util';
import {
  type WhopRecordRow,
  type WhopRecordWrite,
} from 'src/modules/whop/services/apply/utils/whop-record-write.type';

// ONE statement updating existing records by id (each row carries `id`), writing only the rows
// whose tracked values change. Returns the ids it wrote (read through a CTE: TypeORM answers a bare
// UPDATE … RETURNING with [rows, affected]).
export const updateWhopRecordsById = async (
  manager: EntityManager,
  write: WhopRecordWrite,
  rows: WhopRecordRow[],
): Promise<string[]> => {
  if (rows.length === 0) {
    return [];
  }

  const table = getWhopTableReference(manager, write.objectName);
  const { set, where } = buildWhopRecordUpdateSql(write, '"incoming"');
  const source = buildWhopRowsSource(
    manager,
    write.objectName,
    ['id', ...write.columns],
    rows,
    '"incoming"',
  );
  const written: { id: string }[] = await manager.query(
    `WITH "written" AS (
       UPDATE ${table} AS ${STORED_ALIAS} SET ${set}
       FROM ${source.sql}
       WHERE ${STORED_ALIAS}."id" = "incoming"."id" AND ${where}
       RETURNING ${STORED_ALIAS}."id"
     )
     SELECT "id" FROM "written"`,
    source.parameters,
  );

  return written.map(({ id }) => id);
};
