import type { TablerIcon } from '@tabler/icons-react';
import type { ReactNode } from 'react';

import styles from './RecordTablePlaceholder.module.css';

type RecordTablePlaceholderProps = {
  Icon: TablerIcon;
  title: string;
  description: string;
  action: ReactNode;
  variant?: 'default' | 'danger';
  role?: 'alert' | 'status';
};

export const RecordTablePlaceholder = ({
  Icon,
  title,
  description,
  action,
  variant = 'default',
  role = 'status',
}: RecordTablePlaceholderProps) => (
  <div className={styles.placeholder} role={role}>
    <div className={styles.icon} data-variant={variant}>
      <Icon size={20} stroke={2} aria-hidden />
    </div>
    <h2 className={styles.title}>{title}</h2>
    <p className={styles.description}>{description}</p>
    {action && <div className={styles.action}>{action}</div>}
  </div>
);
