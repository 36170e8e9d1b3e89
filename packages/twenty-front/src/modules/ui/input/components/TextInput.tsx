import { useId } from 'react';

import styles from './TextInput.module.css';

type TextInputProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password';
  name?: string;
  placeholder?: string;
  autoComplete?: string;
  autoFocus?: boolean;
  disabled?: boolean;
};

export const TextInput = ({
  label,
  value,
  onChange,
  type = 'text',
  name,
  placeholder,
  autoComplete,
  autoFocus,
  disabled,
}: TextInputProps) => {
  const inputId = useId();

  return (
    <div className={styles.container}>
      <label className={styles.label} htmlFor={inputId}>
        {label}
      </label>
      <input
        id={inputId}
        className={styles.input}
        type={type}
        name={name}
        value={value}
        placeholder={placeholder}
        autoComplete={autoComplete}
        autoFocus={autoFocus}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
};
