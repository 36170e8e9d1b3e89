import { useAtomValue } from 'jotai';
import { Outlet } from 'react-router-dom';

import { AppNavigationDrawer } from '@/navigation/components/AppNavigationDrawer';
import { NavigationDrawerCloseOnNavigateEffect } from '@/navigation/components/NavigationDrawerCloseOnNavigateEffect';
import { isNavigationDrawerOpenState } from '@/navigation/states/isNavigationDrawerOpenState';

import styles from './DefaultLayout.module.css';

// While the drawer is open as a panel over the page (a narrow screen), the page behind is inert:
// neither Tab nor a screen reader reaches it.
export const DefaultLayout = () => {
  const isNavigationDrawerOpen = useAtomValue(isNavigationDrawerOpenState);

  return (
    <div className={styles.layout}>
      <NavigationDrawerCloseOnNavigateEffect />
      <AppNavigationDrawer />
      <main className={styles.main} inert={isNavigationDrawerOpen}>
        <Outlet />
      </main>
    </div>
  );
};
