import { IconMenu2 } from '@tabler/icons-react';
import { useAtom } from 'jotai';

import { isNavigationDrawerOpenState } from '@/navigation/states/isNavigationDrawerOpenState';

import styles from './NavigationDrawerToggleButton.module.css';

export const NavigationDrawerToggleButton = () => {
  const [isNavigationDrawerOpen, setIsNavigationDrawerOpen] = useAtom(isNavigationDrawerOpenState);

  return (
    <button
      type="button"
      className={styles.button}
      aria-label="Open navigation"
      aria-expanded={isNavigationDrawerOpen}
      onClick={() => setIsNavigationDrawerOpen(true)}
    >
      <IconMenu2 size={16} stroke={2} aria-hidden />
    </button>
  );
};
