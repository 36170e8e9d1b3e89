import type { ReactNode } from 'react';

import styles from './VisuallyHidden.module.css';

// Text for screen readers only: what an icon or a placeholder means.
export const VisuallyHidden = ({ children }: { children: ReactNode }) => (
  <span className={styles.visuallyHidden}>{children}</span>
);
