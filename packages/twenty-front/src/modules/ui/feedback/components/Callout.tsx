import {
  IconAlertTriangle,
  IconCircleCheck,
  IconInfoCircle,
  IconX,
  type TablerIcon,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';

import styles from './Callout.module.css';

type CalloutVariant = 'info' | 'success' | 'warning' | 'danger';

const CALLOUT_ICONS: Record<CalloutVariant, TablerIcon> = {
  info: IconInfoCircle,
  success: IconCircleCheck,
  warning: IconAlertTriangle,
  danger: IconAlertTriangle,
};

type CalloutProps = {
  variant: CalloutVariant;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  onDismiss?: () => void;
};

// A message in the flow of the page: what happened, and what the reader can do about it.
export const Callout = ({ variant, title, children, action, onDismiss }: CalloutProps) => {
  const Icon = CALLOUT_ICONS[variant];

  return (
    <div
      className={styles.callout}
      data-variant={variant}
      role={variant === 'danger' ? 'alert' : 'status'}
    >
      <Icon className={styles.icon} size={16} stroke={2} aria-hidden />
      <div className={styles.body}>
        <p className={styles.title}>{title}</p>
        {children && <div className={styles.description}>{children}</div>}
        {action && <div className={styles.action}>{action}</div>}
      </div>
      {onDismiss && (
        <button type="button" className={styles.dismiss} aria-label="Dismiss" onClick={onDismiss}>
          <IconX size={14} stroke={2} aria-hidden />
        </button>
      )}
    </div>
  );
};
