import { IconCircle, IconCircleCheckFilled, IconClockPause } from '@tabler/icons-react';
import { isDefined } from 'twenty-shared';

import { ProgressBar } from '@/ui/feedback/components/ProgressBar';
import { SpinnerIcon } from '@/ui/feedback/components/SpinnerIcon';
import { formatNumber } from '@/ui/field/display/utils/formatNumber';
import { WHOP_SYNC_STEP_LABELS } from '@/whop/constants/WhopSyncStepLabels';
import type { WhopSyncStepRow } from '@/whop/types/WhopSyncStepRow';
import { isWhopSyncStepPastEstimate } from '@/whop/utils/isWhopSyncStepPastEstimate';

import styles from './WhopSyncStepList.module.css';

type WhopSyncStepListProps = {
  rows: WhopSyncStepRow[];
  // Between two attempts, or stalled: the current step is paused, not running.
  isPaused?: boolean;
};

// A running step past its estimate (the company grew since the last full sync) shows what it
// processed alone, and an indeterminate bar: how many records are left is unknown.
const formatStepCount = (row: WhopSyncStepRow) => {
  const { state, processed, total } = row;

  if (state === 'upcoming') {
    return isDefined(total) ? `~${formatNumber(total)}` : 'Waiting';
  }
  if (isDefined(total) && state === 'current') {
    return isWhopSyncStepPastEstimate(row)
      ? formatNumber(processed)
      : `${formatNumber(processed)} / ${formatNumber(total)}`;
  }

  return `${formatNumber(processed)} processed`;
};

const getStepBarValue = (row: WhopSyncStepRow) => {
  const { state, processed, total } = row;

  if (state === 'done') {
    return 1;
  }
  if (state === 'upcoming') {
    return 0;
  }

  return isDefined(total) && total > 0 && !isWhopSyncStepPastEstimate(row)
    ? processed / total
    : null;
};

export const WhopSyncStepList = ({ rows, isPaused = false }: WhopSyncStepListProps) => (
  <ol className={styles.list}>
    {rows.map((row) => {
      const { title } = WHOP_SYNC_STEP_LABELS[row.step];
      const countText = formatStepCount(row);

      return (
        <li
          key={row.step}
          className={styles.step}
          data-state={row.state}
          data-waiting={row.state === 'current' && isPaused}
        >
          <span className={styles.stateIcon} aria-hidden>
            {row.state === 'done' && <IconCircleCheckFilled size={16} />}
            {row.state === 'current' &&
              (isPaused ? <IconClockPause size={16} stroke={2} /> : <SpinnerIcon size={16} />)}
            {row.state === 'upcoming' && <IconCircle size={16} stroke={2} />}
          </span>
          <span className={styles.title}>{title}</span>
          <span className={styles.bar}>
            <ProgressBar
              label={title}
              value={getStepBarValue(row)}
              valueText={countText}
              tone={row.state === 'done' ? 'success' : 'default'}
            />
          </span>
          <span className={styles.count}>{countText}</span>
        </li>
      );
    })}
  </ol>
);
