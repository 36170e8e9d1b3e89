import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { isDefined } from 'twenty-shared';

import { Tag } from '@/ui/display/components/Tag';
import { formatDateTime } from '@/ui/field/display/utils/formatDateTime';
import { formatDuration } from '@/ui/field/display/utils/formatDuration';
import { formatNumber } from '@/ui/field/display/utils/formatNumber';
import { WhopSyncLogDetails } from '@/whop/components/WhopSyncLogDetails';
import { WHOP_SYNC_LOG_STATUS_OPTIONS } from '@/whop/constants/WhopSyncLogStatusOptions';
import { WHOP_SYNC_TYPE_LABELS } from '@/whop/constants/WhopSyncTypeLabels';
import type { WhopSyncLog } from '@/whop/types/WhopSyncLog';
import { getWhopSyncLogDurationMs } from '@/whop/utils/getWhopSyncLogDurationMs';
import { formatWhopSyncRunRecords } from '@/whop/utils/formatWhopSyncRunRecords';

import styles from './WhopSyncLogTable.module.css';

type WhopSyncLogRowProps = {
  log: WhopSyncLog;
};

const COLUMN_COUNT = 7;

export const WhopSyncLogRow = ({ log }: WhopSyncLogRowProps) => {
  const [isExpanded, setIsExpanded] = useState(false);
  const detailsId = useId();
  const durationMs = getWhopSyncLogDurationMs(log);
  const typeLabel = WHOP_SYNC_TYPE_LABELS[log.type] ?? log.type;
  const statusOption = WHOP_SYNC_LOG_STATUS_OPTIONS[log.status] ?? {
    label: log.status,
    color: 'gray',
  };
  const toggle = () => setIsExpanded((wasExpanded) => !wasExpanded);
  const ChevronIcon = isExpanded ? IconChevronDown : IconChevronRight;

  return (
    <>
      <tr className={styles.row} role="row" data-expanded={isExpanded} onClick={toggle}>
        <td className={styles.cell} role="cell">
          <button
            type="button"
            className={styles.expandButton}
            aria-expanded={isExpanded}
            aria-controls={isExpanded ? detailsId : undefined}
            aria-label={`${isExpanded ? 'Hide' : 'Show'} details of the ${typeLabel.toLowerCase()} sync started ${formatDateTime(log.startedAt)}`}
            onClick={(event) => {
              event.stopPropagation();
              toggle();
            }}
          >
            <ChevronIcon size={14} stroke={2} aria-hidden />
          </button>
        </td>
        <td className={styles.cell} role="cell">
          {typeLabel}
        </td>
        <td className={styles.cell} role="cell">
          <Tag text={statusOption.label} color={statusOption.color} />
        </td>
        <td className={styles.cell} role="cell">
          <time dateTime={log.startedAt}>{formatDateTime(log.startedAt)}</time>
        </td>
        <td className={`${styles.cell} ${styles.numeric}`} role="cell" data-label="Duration">
          {isDefined(durationMs) ? formatDuration(durationMs) : '—'}
        </td>
        <td
          className={`${styles.cell} ${styles.numeric} ${styles.records}`}
          role="cell"
          data-label="Records"
        >
          {formatWhopSyncRunRecords(log.counts)}
        </td>
        <td className={`${styles.cell} ${styles.numeric}`} role="cell" data-label="Issues">
          <span data-has-issues={log.issueCount > 0}>{formatNumber(log.issueCount)}</span>
        </td>
      </tr>
      {isExpanded && (
        <tr id={detailsId} className={styles.detailsRow} role="row">
          <td colSpan={COLUMN_COUNT} role="cell">
            <WhopSyncLogDetails log={log} />
          </td>
        </tr>
      )}
    </>
  );
};
