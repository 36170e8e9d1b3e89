import type { ReactNode } from 'react';

import styles from './RecordBoard.module.css';

type RecordBoardProps = {
  label: string;
  children: ReactNode;
};

// A kanban: one column per group, scrolling sideways when they do not fit.
export const RecordBoard = ({ label, children }: RecordBoardProps) => (
  <div className={styles.board} role="region" aria-label={label}>
    {children}
  </div>
);
