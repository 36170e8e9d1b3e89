import type { RecordTableColumnDefinition } from '@/object-record/record-table/types/RecordTableColumnDefinition';

import styles from './RecordTableRow.module.css';

type RecordTableRowProps<TRecord> = {
  record: TRecord;
  columns: RecordTableColumnDefinition<TRecord>[];
};

export const RecordTableRow = <TRecord,>({ record, columns }: RecordTableRowProps<TRecord>) => (
  <tr className={styles.row}>
    {columns.map((column) => (
      <td key={column.key} className={styles.cell} data-align={column.align}>
        {column.renderCell(record)}
      </td>
    ))}
    <td className={styles.fillerCell} aria-hidden />
  </tr>
);
