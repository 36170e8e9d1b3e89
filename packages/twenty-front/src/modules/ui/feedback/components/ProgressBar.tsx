import { isDefined } from 'twenty-shared';

import styles from './ProgressBar.module.css';

type ProgressBarProps = {
  label: string;
  // Between 0 and 1; null when the total is unknown (the bar then shows activity, not a share).
  value: number | null;
  valueText: string;
  tone?: 'default' | 'success';
};

export const ProgressBar = ({ label, value, valueText, tone = 'default' }: ProgressBarProps) => {
  const clampedValue = isDefined(value) ? Math.min(Math.max(value, 0), 1) : null;

  return (
    <div
      className={styles.track}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={isDefined(clampedValue) ? Math.round(clampedValue * 100) : undefined}
      aria-valuetext={valueText}
      data-indeterminate={!isDefined(clampedValue)}
      data-tone={tone}
    >
      <div
        className={styles.fill}
        style={isDefined(clampedValue) ? { width: `${clampedValue * 100}%` } : undefined}
      />
    </div>
  );
};
