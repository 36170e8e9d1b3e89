import type { ReactNode } from 'react';

import styles from './RecordShowContainer.module.css';

type RecordShowContainerProps = {
  summary: ReactNode;
  children: ReactNode;
};

// A record page: its identity and fields on the left, its related lists and timeline on the
// right; stacked on a narrow window.
export const RecordShowContainer = ({ summary, children }: RecordShowContainerProps) => (
  <div className={styles.container}>
    <aside className={styles.summary}>{summary}</aside>
    <div className={styles.main}>{children}</div>
  </div>
);
