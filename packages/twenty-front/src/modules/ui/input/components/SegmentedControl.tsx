import type { TablerIcon } from '@tabler/icons-react';

import styles from './SegmentedControl.module.css';

type SegmentedControlOption<TValue extends string> = {
  value: TValue;
  label: string;
  Icon: TablerIcon;
};

type SegmentedControlProps<TValue extends string> = {
  ariaLabel: string;
  value: TValue;
  options: SegmentedControlOption<TValue>[];
  onChange: (value: TValue) => void;
};

export const SegmentedControl = <TValue extends string>({
  ariaLabel,
  value,
  options,
  onChange,
}: SegmentedControlProps<TValue>) => (
  <div className={styles.control} role="group" aria-label={ariaLabel}>
    {options.map(({ value: optionValue, label, Icon }) => (
      <button
        key={optionValue}
        type="button"
        className={styles.option}
        aria-pressed={optionValue === value}
        onClick={() => onChange(optionValue)}
      >
        <Icon size={14} stroke={2} aria-hidden />
        {label}
      </button>
    ))}
  </div>
);
