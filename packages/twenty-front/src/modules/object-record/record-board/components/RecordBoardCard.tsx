import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

import styles from './RecordBoardCard.module.css';

type RecordBoardCardProps = {
  to: string;
  title: string;
  children: ReactNode;
};

export const RecordBoardCard = ({ to, title, children }: RecordBoardCardProps) => (
  <Link className={styles.card} to={to}>
    <span className={styles.title}>{title}</span>
    <span className={styles.fields}>{children}</span>
  </Link>
);
