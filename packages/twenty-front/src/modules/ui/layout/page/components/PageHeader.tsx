import type { TablerIcon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { isDefined } from 'twenty-shared';

import { NavigationDrawerToggleButton } from '@/navigation/components/NavigationDrawerToggleButton';
import { formatNumber } from '@/ui/field/display/utils/formatNumber';

import styles from './PageHeader.module.css';

type PageHeaderProps = {
  title: string;
  Icon: TablerIcon;
  count?: number;
  parentLinks?: { label: string; to: string }[];
  actions?: ReactNode;
};

export const PageHeader = ({ title, Icon, count, parentLinks = [], actions }: PageHeaderProps) => (
  <header className={styles.header}>
    <NavigationDrawerToggleButton />
    <h1 className={styles.title}>
      <Icon className={styles.icon} size={16} stroke={2} aria-hidden />
      {parentLinks.map((parentLink) => (
        <span key={parentLink.to} className={styles.parent}>
          <Link className={styles.parentLink} to={parentLink.to}>
            {parentLink.label}
          </Link>{' '}
          <span className={styles.separator}>/</span>{' '}
        </span>
      ))}
      <span className={styles.current} title={title}>
        {title}
      </span>
      {isDefined(count) && (
        <>
          {' '}
          <span className={styles.count}>· {formatNumber(count)}</span>
        </>
      )}
    </h1>
    {actions && <div className={styles.actions}>{actions}</div>}
  </header>
);
