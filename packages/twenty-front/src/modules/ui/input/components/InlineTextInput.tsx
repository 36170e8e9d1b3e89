import type { TablerIcon } from '@tabler/icons-react';
import { useId } from 'react';
import { isDefined } from 'twenty-shared';

import styles from './InlineTextInput.module.css';

type InlineTextInputProps = {
  ariaLabel: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  inputMode?: 'text' | 'decimal';
  Icon?: TablerIcon;
  width?: number;
  // What is wrong with the value, shown beside the input, which reads as invalid.
  error?: string;
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
  error,
}: InlineTextInputProps) => {
  const errorId = useId();

  return (
    <>
      <span className={styles.container} style={{ width }}>
        {Icon && <Icon className={styles.icon} size={14} stroke={2} aria-hidden />}
        <input
          className={styles.input}
          data-has-icon={Icon !== undefined}
          type="text"
          inputMode={inputMode}
          aria-label={ariaLabel}
          aria-invalid={isDefined(error)}
          aria-describedby={isDefined(error) ? errorId : undefined}
          placeholder={placeholder}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      </span>
      {isDefined(error) && (
        <span id={errorId} className={styles.error}>
          {error}
        </span>
      )}
    </>
  );
};
