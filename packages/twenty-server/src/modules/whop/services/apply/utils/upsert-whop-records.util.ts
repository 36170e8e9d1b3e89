import { type EntityManager } from 'typeorm';

import {
  buildWhopRecordUpdateSql,
  quoteWhopColumn,
  STORED_ALIAS,
} from 'src/modules/whop/services/apply/utils/build-whop-record-update-sql.util';
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

type WhopKeyedRecordWrite = WhopRecordWrite & { keyColumn: string };

// INSERT … ON CONFLICT (key) DO UPDATE … WHERE changed, reading the page's rows from $1 (JSON).
const buildUpsertSql = (manager: EntityManager, write: WhopKeyedRecordWrite, source: string) => {
  const table = getWhopTableReference(manager, write.objectName);
  const key = quoteWhopColumn(write.keyColumn);
  const columns = write.columns.map(quoteWhopColumn).join(', ');
  const { set, where } = buildWhopRecordUpdateSql(write, 'EXCLUDED');

  return {
    table,
    key,
    sql: `INSERT INTO ${table} AS ${STORED_ALIAS} (${columns})
       SELECT ${columns} FROM ${source}
       ON CONFLICT (${key}) DO UPDATE SET ${set} WHERE ${where}`,
  };
};

// ONE statement for a page. It answers every row of the page (id and what happened to it), the
// unchanged ones included: they are read from the statement's snapshot, so callers need no second
// query to learn their ids. Keys must be unique within `rows`.
export const upsertWhopRecords = async (
  manager: EntityManager,
  write: WhopKeyedRecordWrite,
  rows: WhopRecordRow[],
): Promise<WhopUpsertedRecord[]> => {
  if (rows.length === 0) {
    return [];
  }

  const { table, key, sql } = buildUpsertSql(manager, write, '"incoming"');

  return manager.query(
    `WITH "incoming" AS (
       SELECT * FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)
     ), "written" AS (
       ${sql}
       RETURNING ${STORED_ALIAS}."id", ${STORED_ALIAS}.${key} AS "key", (${STORED_ALIAS}.xmax = 0) AS "inserted"
     )
     SELECT "id", "key", CASE WHEN "inserted" THEN 'created' ELSE 'updated' END AS "outcome" FROM "written"
     UNION ALL
     SELECT ${STORED_ALIAS}."id", ${STORED_ALIAS}.${key} AS "key", 'unchanged' AS "outcome"
     FROM ${table} AS ${STORED_ALIAS}
     JOIN "incoming" ON "incoming".${key} = ${STORED_ALIAS}.${key}
     WHERE NOT EXISTS (SELECT 1 FROM "written" WHERE "written"."key" = ${STORED_ALIAS}.${key})`,
    [JSON.stringify(rows)],
  );
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

  const table = getWhopTableReference(manager, write.objectName);

  await manager.query(
    buildUpsertSql(manager, write, `jsonb_populate_recordset(NULL::${table}, $1::jsonb)`).sql,
    [JSON.stringify(rows)],
  );
};
