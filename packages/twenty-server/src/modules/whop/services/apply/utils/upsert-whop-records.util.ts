import { type EntityManager } from 'typeorm';

import {
  buildWhopRecordUpdateSql,
  quoteWhopColumn,
  STORED_ALIAS,
} from 'src/modules/whop/services/apply/utils/build-whop-record-update-sql.util';
import { buildWhopRowsSource } from 'src/modules/whop/services/apply/utils/build-whop-rows-source.util';
import { getWhopTableReference } from 'src/modules/whop/services/apply/utils/get-whop-table-reference.util';
import {
  type WhopRecordRow,
  type WhopRecordWrite,
} from 'src/modules/whop/services/apply/utils/whop-record-write.type';

export type WhopUpsertOutcome = 'created' | 'updated' | 'unchanged';

export type WhopUpsertedRecord = {
  id: string;
  key: string;
  outcome: WhopUpsertOutcome;
};

export type WhopKeyedRecordWrite = WhopRecordWrite & {
  keyColumn: string;
  // 'live': the key is unique among the records not in the trash (Twenty's unique fields), so a
  // row the seller trashed is left there and the write makes a new one; 'all': a trashed row keeps
  // its key, and the write reaches it.
  keyScope: 'live' | 'all';
};

// The rows a 'live' key is unique among, as a clause that starts with `keyword`; none for 'all'.
const liveRowsClause = (write: WhopKeyedRecordWrite, keyword: 'WHERE' | 'AND'): string =>
  write.keyScope === 'live' ? ` ${keyword} "deletedAt" IS NULL` : '';

// INSERT … ON CONFLICT (key) DO UPDATE … WHERE changed, reading the page's rows from one array per
// column; a row inserted gets a new id, a stored row keeps its own.
const buildUpsert = (
  manager: EntityManager,
  write: WhopKeyedRecordWrite,
  rows: WhopRecordRow[],
) => {
  const table = getWhopTableReference(manager, write.objectName);
  const key = quoteWhopColumn(write.keyColumn);
  const source = buildWhopRowsSource(manager, write.objectName, write.columns, rows, '"incoming"', {
    newIds: true,
  });
  const { set, where } = buildWhopRecordUpdateSql(write, 'EXCLUDED');

  return {
    table,
    key,
    parameters: source.parameters,
    sql: `INSERT INTO ${table} AS ${STORED_ALIAS} (${source.columns})
       SELECT ${source.columns} FROM ${source.sql}
       ON CONFLICT (${key})${liveRowsClause(write, 'WHERE')} DO UPDATE SET ${set} WHERE ${where}`,
  };
};

// The page's write, answering every row of the page (id and what happened to it). Rows the write
// left as they were are read back only when there are some (a first sync has none): the upsert
// locked them, so they are still there. Keys must be unique within `rows`.
export const upsertWhopRecords = async (
  manager: EntityManager,
  write: WhopKeyedRecordWrite,
  rows: WhopRecordRow[],
): Promise<WhopUpsertedRecord[]> => {
  if (rows.length === 0) {
    return [];
  }

  const { table, key, sql, parameters } = buildUpsert(manager, write, rows);
  const written: { id: string; key: string; inserted: boolean }[] = await manager.query(
    `${sql}
     RETURNING ${STORED_ALIAS}."id", ${STORED_ALIAS}.${key} AS "key", (${STORED_ALIAS}.xmax = 0) AS "inserted"`,
    parameters,
  );
  const writtenKeys = new Set(written.map((record) => record.key));
  const unchangedKeys = rows
    .map((row) => row[write.keyColumn] as string)
    .filter((rowKey) => !writtenKeys.has(rowKey));
  const unchanged: { id: string; key: string }[] =
    unchangedKeys.length === 0
      ? []
      : await manager.query(
          `SELECT "id", ${key} AS "key" FROM ${table} WHERE ${key} = ANY($1::text[])${liveRowsClause(write, 'AND')}`,
          [unchangedKeys],
        );

  return [
    ...written.map(({ id, key: writtenKey, inserted }): WhopUpsertedRecord => ({
      id,
      key: writtenKey,
      outcome: inserted ? 'created' : 'updated',
    })),
    ...unchanged.map(({ id, key: unchangedKey }): WhopUpsertedRecord => ({
      id,
      key: unchangedKey,
      outcome: 'unchanged',
    })),
  ];
};

// The same write for callers that need no answer: one statement, nothing read back.
export const writeWhopRecords = async (
  manager: EntityManager,
  write: WhopKeyedRecordWrite,
  rows: WhopRecordRow[],
): Promise<void> => {
  if (rows.length === 0) {
    return;
  }

  const { sql, parameters } = buildUpsert(manager, write, rows);

  await manager.query(sql, parameters);
};
