import { isDefined } from 'twenty-shared';

import { type WhopRecordWrite } from 'src/modules/whop/services/apply/utils/whop-record-write.type';

export const STORED_ALIAS = '"stored"';

export const quoteWhopColumn = (column: string): string => `"${column.replace(/"/g, '""')}"`;

// An assignment for columns a null from Whop must not erase.
export const keepStoredWhenIncomingIsNull =
  (column: string) =>
  (incoming: string): string =>
    `COALESCE(${incoming}.${quoteWhopColumn(column)}, ${STORED_ALIAS}.${quoteWhopColumn(column)})`;

// An assignment for columns the write never changes.
export const keepStored = (column: string) => (): string =>
  `${STORED_ALIAS}.${quoteWhopColumn(column)}`;

// An assignment for columns written once: the incoming value only fills a stored null.
export const fillStoredWhenNull =
  (column: string) =>
  (incoming: string): string =>
    `COALESCE(${STORED_ALIAS}.${quoteWhopColumn(column)}, ${incoming}.${quoteWhopColumn(column)})`;

const buildAssignedValue = (write: WhopRecordWrite, column: string, incoming: string): string =>
  write.assignments?.[column]?.(incoming) ?? `${incoming}.${quoteWhopColumn(column)}`;

// `SET` and `WHERE` of an update that writes only when a tracked value changes (Twenty's
// skipUpdateIfNoValuesChanged), so re-applying the same page writes nothing.
export const buildWhopRecordUpdateSql = (
  write: WhopRecordWrite,
  incoming: string,
): { set: string; where: string } => {
  const trackedColumns = write.columns.filter(
    (column) => !write.untrackedColumns?.includes(column),
  );
  const set = [
    ...write.columns.map(
      (column) => `${quoteWhopColumn(column)} = ${buildAssignedValue(write, column, incoming)}`,
    ),
    '"updatedAt" = now()',
  ].join(', ');
  const newValues = trackedColumns.map((column) => buildAssignedValue(write, column, incoming));
  const storedValues = trackedColumns.map((column) => `${STORED_ALIAS}.${quoteWhopColumn(column)}`);
  const where = [
    `ROW(${newValues.join(', ')}) IS DISTINCT FROM ROW(${storedValues.join(', ')})`,
    write.updateCondition?.(incoming),
  ]
    .filter(isDefined)
    .map((condition) => `(${condition})`)
    .join(' AND ');

  return { set, where };
};
