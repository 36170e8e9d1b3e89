import type { ReactNode } from 'react';

import styles from './RecordShowHeader.module.css';

type RecordShowHeaderProps = {
  avatar: ReactNode;
  title: string;
  subtitle?: ReactNode;
};

// The record's identity at the top of its page. Each line stays on one line, cut with an ellipsis
// when too long for the column (a long Whop username); hovering shows it whole.
export const RecordShowHeader = ({ avatar, title, subtitle }: RecordShowHeaderProps) => (
  <div className={styles.header}>
    {avatar}
    <div className={styles.text}>
      <h2 className={styles.title} title={title}>
        {title}
      </h2>
      {subtitle && (
        <div
          className={styles.subtitle}
          title={typeof subtitle === 'string' ? subtitle : undefined}
        >
          {subtitle}
        </div>
      )}
    </div>
  </div>
);
