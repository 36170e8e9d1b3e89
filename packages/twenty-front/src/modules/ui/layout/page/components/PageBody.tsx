import type { ReactNode } from 'react';

import styles from './PageBody.module.css';

type PageBodyProps = {
  children: ReactNode;
};

export const PageBody = ({ children }: PageBodyProps) => (
  <div className={styles.body}>{children}</div>
);
