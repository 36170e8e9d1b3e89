import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

import styles from './RecordShowPageLink.module.css';

type RecordShowPageLinkProps = {
  to: string;
  children: ReactNode;
};

// Wraps a record's chip so it opens the record's page.
export const RecordShowPageLink = ({ to, children }: RecordShowPageLinkProps) => (
  <Link className={styles.link} to={to}>
    {children}
  </Link>
);
