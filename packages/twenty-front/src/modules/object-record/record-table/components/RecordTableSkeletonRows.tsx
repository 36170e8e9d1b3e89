import type { RecordTableColumnDefinition } from '@/object-record/record-table/types/RecordTableColumnDefinition';
import { SkeletonBar } from '@/ui/feedback/components/SkeletonBar';

import styles from './RecordTableRow.module.css';

const SKELETON_ROW_COUNT = 12;
const SKELETON_BAR_WIDTHS = ['72%', '56%', '64%', '44%'];

type RecordTableSkeletonRowsProps<TRecord> = {
  columns: RecordTableColumnDefinition<TRecord>[];
};

export const RecordTableSkeletonRows = <TRecord,>({
  columns,
}: RecordTableSkeletonRowsProps<TRecord>) =>
  Array.from({ length: SKELETON_ROW_COUNT }, (_, rowIndex) => (
    <tr key={rowIndex} className={styles.row} aria-hidden>
      {columns.map((column, columnIndex) => (
        <td key={column.key} className={styles.cell}>
          <SkeletonBar
            width={SKELETON_BAR_WIDTHS[(rowIndex + columnIndex) % SKELETON_BAR_WIDTHS.length]}
          />
        </td>
      ))}
      <td className={styles.fillerCell} />
    </tr>
  ));
