import type { TablerIcon } from '@tabler/icons-react';
import { IconChevronDown } from '@tabler/icons-react';

import styles from './Select.module.css';

export type SelectOption<TValue extends string> = {
  value: TValue;
  label: string;
};

type SelectProps<TValue extends string> = {
  ariaLabel: string;
  value: TValue;
  options: SelectOption<TValue>[];
  onChange: (value: TValue) => void;
  Icon?: TablerIcon;
};

export const Select = <TValue extends string>({
  ariaLabel,
  value,
  options,
  onChange,
  Icon,
}: SelectProps<TValue>) => (
  <span className={styles.container}>
    {Icon && <Icon className={styles.icon} size={14} stroke={2} aria-hidden />}
    <select
      className={styles.select}
      data-has-icon={Icon !== undefined}
      aria-label={ariaLabel}
      value={value}
      onChange={(event) =>
        onChange(options.find((option) => option.value === event.target.value)?.value ?? value)
      }
    >
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
    <IconChevronDown className={styles.chevron} size={14} stroke={2} aria-hidden />
  </span>
);
