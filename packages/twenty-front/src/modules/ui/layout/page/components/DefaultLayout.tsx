import { Outlet } from 'react-router-dom';

import { AppNavigationDrawer } from '@/navigation/components/AppNavigationDrawer';
import { NavigationDrawerCloseOnNavigateEffect } from '@/navigation/components/NavigationDrawerCloseOnNavigateEffect';

import styles from './DefaultLayout.module.css';

export const DefaultLayout = () => (
  <div className={styles.layout}>
    <NavigationDrawerCloseOnNavigateEffect />
    <AppNavigationDrawer />
    <main className={styles.main}>
      <Outlet />
    </main>
  </div>
);
