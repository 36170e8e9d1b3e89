import type { ReactNode } from 'react';

import styles from './RecordShowHeader.module.css';

type RecordShowHeaderProps = {
  avatar: ReactNode;
  title: string;
  subtitle?: ReactNode;
};

export const RecordShowHeader = ({ avatar, title, subtitle }: RecordShowHeaderProps) => (
  <div className={styles.header}>
    {avatar}
    <div className={styles.text}>
      <h2 className={styles.title}>{title}</h2>
      {subtitle && <div className={styles.subtitle}>{subtitle}</div>}
    </div>
  </div>
);
