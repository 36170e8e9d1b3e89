import type { TablerIcon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useId } from 'react';

import { Card } from '@/ui/layout/card/components/Card';

import styles from './SettingsCard.module.css';

type SettingsCardProps = {
  title: string;
  Icon: TablerIcon;
  headerRight?: ReactNode;
  // Lets a table run edge to edge.
  isBodyFlush?: boolean;
  children: ReactNode;
};

// A titled card inside a settings section.
export const SettingsCard = ({
  title,
  Icon,
  headerRight,
  isBodyFlush = false,
  children,
}: SettingsCardProps) => {
  const titleId = useId();

  return (
    <Card>
      <section aria-labelledby={titleId}>
        <header className={styles.header}>
          <Icon className={styles.icon} size={16} stroke={2} aria-hidden />
          <h3 id={titleId} className={styles.title}>
            {title}
          </h3>
          {headerRight && <div className={styles.headerRight}>{headerRight}</div>}
        </header>
        <div className={styles.body} data-flush={isBodyFlush}>
          {children}
        </div>
      </section>
    </Card>
  );
};
