import { useSetAtom } from 'jotai';
import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';

import { isNavigationDrawerOpenState } from '@/navigation/states/isNavigationDrawerOpenState';

export const NavigationDrawerCloseOnNavigateEffect = () => {
  const { pathname } = useLocation();
  const setIsNavigationDrawerOpen = useSetAtom(isNavigationDrawerOpenState);

  useEffect(() => {
    setIsNavigationDrawerOpen(false);
  }, [pathname, setIsNavigationDrawerOpen]);

  return null;
};
