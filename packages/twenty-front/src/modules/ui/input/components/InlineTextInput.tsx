import type { TablerIcon } from '@tabler/icons-react';

import styles from './InlineTextInput.module.css';

type InlineTextInputProps = {
  ariaLabel: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  inputMode?: 'text' | 'decimal';
  Icon?: TablerIcon;
  width?: number;
};

// A compact, single-line input for toolbars and filter bars.
export const InlineTextInput = ({
  ariaLabel,
  value,
  onChange,
  placeholder,
  inputMode = 'text',
  Icon,
  width = 180,
}: InlineTextInputProps) => (
  <span className={styles.container} style={{ width }}>
    {Icon && <Icon className={styles.icon} size={14} stroke={2} aria-hidden />}
    <input
      className={styles.input}
      data-has-icon={Icon !== undefined}
      type="text"
      inputMode={inputMode}
      aria-label={ariaLabel}
      placeholder={placeholder}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  </span>
);
