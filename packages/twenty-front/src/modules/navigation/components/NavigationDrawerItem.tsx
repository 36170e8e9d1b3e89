import type { TablerIcon } from '@tabler/icons-react';
import { NavLink } from 'react-router-dom';

import styles from './NavigationDrawerItem.module.css';

type NavigationDrawerItemProps = {
  label: string;
  Icon?: TablerIcon;
  isSubItem?: boolean;
  end?: boolean;
} & ({ to: string; onClick?: never } | { to?: never; onClick: () => void });

export const NavigationDrawerItem = ({
  label,
  Icon,
  isSubItem = false,
  end = false,
  to,
  onClick,
}: NavigationDrawerItemProps) => {
  const content = (
    <>
      {Icon && <Icon size={16} stroke={2} aria-hidden />}
      <span className={styles.label}>{label}</span>
    </>
  );
  const baseClassName = `${styles.item} ${isSubItem ? styles.subItem : ''}`;

  if (to === undefined) {
    return (
      <button type="button" className={baseClassName} onClick={onClick}>
        {content}
      </button>
    );
  }

  return (
    <NavLink
      to={to}
      end={end}
      className={({ isActive }) => `${baseClassName} ${isActive ? styles.active : ''}`}
    >
      {content}
    </NavLink>
  );
};
