import type { TablerIcon } from '@tabler/icons-react';
import type { MouseEventHandler } from 'react';
import { Link } from 'react-router-dom';

import styles from './Button.module.css';

export type ButtonVariant = 'primary' | 'secondary' | 'tertiary' | 'danger';
export type ButtonSize = 'small' | 'medium';

type ButtonProps = {
  title: string;
  Icon?: TablerIcon;
  variant?: ButtonVariant;
  size?: ButtonSize;
  fullWidth?: boolean;
  disabled?: boolean;
  // Working on its last click: it reads as disabled and ignores clicks, but keeps the focus that a
  // disabled button would lose (a keyboard user clicking Load more stays where they were).
  busy?: boolean;
  // Disabled the same way (read as disabled, clicks ignored, the focus kept), for a button that
  // becomes disabled as its own click takes effect (Sync changes, once the sync it started runs).
  focusableWhenDisabled?: boolean;
  type?: 'button' | 'submit';
  to?: string;
  ariaLabel?: string;
  onClick?: MouseEventHandler<HTMLButtonElement>;
};

export const Button = ({
  title,
  Icon,
  variant = 'secondary',
  size = 'medium',
  fullWidth = false,
  disabled = false,
  busy = false,
  focusableWhenDisabled = false,
  type = 'button',
  to,
  ariaLabel,
  onClick,
}: ButtonProps) => {
  const className = [
    styles.button,
    styles[variant],
    styles[size],
    fullWidth ? styles.fullWidth : '',
  ].join(' ');
  const isInert = busy || (disabled && focusableWhenDisabled);
  const content = (
    <>
      {Icon && <Icon size={16} stroke={2} aria-hidden />}
      {title}
    </>
  );

  if (to !== undefined) {
    return (
      <Link className={className} to={to} aria-label={ariaLabel}>
        {content}
      </Link>
    );
  }

  return (
    <button
      className={className}
      type={type}
      disabled={disabled && !focusableWhenDisabled}
      aria-disabled={isInert || undefined}
      aria-busy={busy || undefined}
      aria-label={ariaLabel}
      onClick={isInert ? undefined : onClick}
    >
      {content}
    </button>
  );
};
