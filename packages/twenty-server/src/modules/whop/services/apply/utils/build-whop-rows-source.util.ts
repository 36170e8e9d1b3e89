import { type EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';

import { type WorkspaceFieldType } from 'src/engine/twenty-orm/types/workspace-object-definition.type';
import { quoteWhopColumn } from 'src/modules/whop/services/apply/utils/build-whop-record-update-sql.util';
import { type WhopRecordRow } from 'src/modules/whop/services/apply/utils/whop-record-write.type';

export type WhopRowsSource = {
  // `unnest($1::uuid[], $2::text[], …) AS alias("id", "name", …)`
  sql: string;
  // Its columns, quoted and comma-separated: what an INSERT lists.
  columns: string;
  parameters: unknown[][];
};

const ARRAY_TYPES: Record<WorkspaceFieldType, string> = {
  uuid: 'uuid[]',
  text: 'text[]',
  timestamptz: 'timestamptz[]',
  numeric: 'numeric[]',
  integer: 'integer[]',
  boolean: 'boolean[]',
  jsonb: 'jsonb[]',
};

const isWorkspaceFieldType = (type: unknown): type is WorkspaceFieldType =>
  typeof type === 'string' && Object.hasOwn(ARRAY_TYPES, type);

// A jsonb value goes as its JSON text (node-postgres would read a JS array as a nested SQL array); a
// date as ISO 8601 with its offset, whatever the process's time zone. An invalid date or a number
// that is not finite is stored as NULL, as JSON would have it.
const toArrayElement = (value: unknown, type: WorkspaceFieldType, column: string): unknown => {
  if (value === null || value === undefined) {
    return null;
  }

  if (type === 'jsonb') {
    return JSON.stringify(value);
  }

  if (Array.isArray(value)) {
    throw new Error(`${column} is a ${type} column: it cannot hold a list`);
  }

  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : value.toISOString();
  }

  return typeof value === 'number' && !Number.isFinite(value) ? null : value;
};

// A page's rows as a FROM item of one statement: one typed array parameter per column, numbered
// from $1. PostgreSQL reads typed arrays about twice as fast as the same rows as a JSON document
// (`jsonb_populate_recordset`), which for flat rows is also about twice the bytes (every key repeated
// on every row). A row without a column gives NULL there.
//
// With `newIds`, an "id" column comes first with a new time-ordered id (UUIDv7) per row, for the
// rows the statement inserts (an upsert keeps a stored row's id). Ids in creation order are appended
// to the primary key's index instead of landing on a random page of it: at 100,000 members this
// cuts PostgreSQL's CPU by about a tenth, as a large company's indexes outgrow its buffers.
export const buildWhopRowsSource = (
  manager: EntityManager,
  objectName: string,
  rowColumns: string[],
  rows: WhopRecordRow[],
  alias: string,
  { newIds = false }: { newIds?: boolean } = {},
): WhopRowsSource => {
  if (newIds && rowColumns.includes('id')) {
    throw new Error(`${objectName} rows given their own ids cannot be given new ones`);
  }

  const columns = newIds ? ['id', ...rowColumns] : rowColumns;
  const metadata = manager.connection.getMetadata(objectName);
  const types = columns.map((column) => {
    const type = metadata.findColumnWithPropertyName(column)?.type;

    if (!isWorkspaceFieldType(type)) {
      throw new Error(`${objectName}.${column} is not a workspace column`);
    }

    return type;
  });
  const arrays = types.map((type, index) => `$${index + 1}::${ARRAY_TYPES[type]}`);

  const quotedColumns = columns.map(quoteWhopColumn).join(', ');
  const rowTypes = newIds ? types.slice(1) : types;
  const rowParameters = rowColumns.map((column, index) =>
    rows.map((row) => toArrayElement(row[column], rowTypes[index], column)),
  );

  return {
    sql: `unnest(${arrays.join(', ')}) AS ${alias}(${quotedColumns})`,
    columns: quotedColumns,
    parameters: newIds ? [rows.map(() => uuidv7()), ...rowParameters] : rowParameters,
  };
};
