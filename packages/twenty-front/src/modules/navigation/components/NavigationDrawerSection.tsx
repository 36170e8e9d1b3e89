import { type ReactNode, useId } from 'react';

import styles from './NavigationDrawerSection.module.css';

type NavigationDrawerSectionProps = {
  title?: string;
  children: ReactNode;
};

export const NavigationDrawerSection = ({ title, children }: NavigationDrawerSectionProps) => {
  const titleId = useId();

  return (
    <div className={styles.section} role="group" aria-labelledby={title ? titleId : undefined}>
      {title && (
        <div id={titleId} className={styles.title}>
          {title}
        </div>
      )}
      {children}
    </div>
  );
};
