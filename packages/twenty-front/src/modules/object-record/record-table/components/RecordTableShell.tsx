import type { ReactNode, Ref } from 'react';

import type { RecordTableColumnDefinition } from '@/object-record/record-table/types/RecordTableColumnDefinition';

import styles from './RecordTableShell.module.css';

type RecordTableShellProps<TRecord> = {
  label: string;
  columns: RecordTableColumnDefinition<TRecord>[];
  children: ReactNode;
  footer?: ReactNode;
  isBusy?: boolean;
  containerRef?: Ref<HTMLDivElement>;
};

export const RecordTableShell = <TRecord,>({
  label,
  columns,
  children,
  footer,
  isBusy = false,
  containerRef,
}: RecordTableShellProps<TRecord>) => {
  const tableWidth = columns.reduce((total, column) => total + column.width, 0);

  return (
    <div className={styles.container} ref={containerRef}>
      <table
        className={styles.table}
        style={{ width: tableWidth }}
        aria-label={label}
        aria-busy={isBusy}
      >
        <colgroup>
          {columns.map((column) => (
            <col key={column.key} style={{ width: column.width }} />
          ))}
          <col />
        </colgroup>
        <thead>
          <tr>
            {columns.map(({ key, label: columnLabel, Icon, align }) => (
              <th key={key} className={styles.headerCell} data-align={align} scope="col">
                <div className={styles.headerContent}>
                  <Icon size={16} stroke={2} aria-hidden />
                  <span className={styles.headerLabel}>{columnLabel}</span>
                </div>
              </th>
            ))}
            <th className={styles.fillerCell} aria-hidden />
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
      {footer}
    </div>
  );
};
