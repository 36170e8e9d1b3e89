import type { TablerIcon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { isDefined } from 'twenty-shared';

import { formatNumber } from '@/ui/field/display/utils/formatNumber';

import styles from './RecordShowSection.module.css';

type RecordShowSectionProps = {
  title: string;
  Icon: TablerIcon;
  count?: number;
  children: ReactNode;
};

export const RecordShowSection = ({ title, Icon, count, children }: RecordShowSectionProps) => {
  const titleId = useId();

  return (
    <section className={styles.section} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.title}>
        <Icon size={16} stroke={2} aria-hidden />
        {title}
        {isDefined(count) && <span className={styles.count}>{formatNumber(count)}</span>}
      </h3>
      <div className={styles.body}>{children}</div>
    </section>
  );
};
