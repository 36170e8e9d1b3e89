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
  // Its title's level in the page's outline: 4 for a card about a thing titled at level 3 (a
  // connected company's sync).
  headingLevel?: 3 | 4;
  children: ReactNode;
};

// A titled card inside a settings section.
export const SettingsCard = ({
  title,
  Icon,
  headerRight,
  isBodyFlush = false,
  headingLevel = 3,
  children,
}: SettingsCardProps) => {
  const titleId = useId();
  const Heading = headingLevel === 4 ? 'h4' : 'h3';

  return (
    <Card>
      <section aria-labelledby={titleId}>
        <header className={styles.header}>
          <Icon className={styles.icon} size={16} stroke={2} aria-hidden />
          <Heading id={titleId} className={styles.title}>
            {title}
          </Heading>
          {headerRight && <div className={styles.headerRight}>{headerRight}</div>}
        </header>
        <div className={styles.body} data-flush={isBodyFlush}>
          {children}
        </div>
      </section>
    </Card>
  );
};
