import { useAtom } from 'jotai';
import { type RefObject, useEffect } from 'react';

import { isNavigationDrawerOpenState } from '@/navigation/states/isNavigationDrawerOpenState';

// Above this width the drawer is always shown beside the page (AppNavigationDrawer.module.css).
const NARROW_SCREEN_MAX_WIDTH = 768;

// The drawer opened on a narrow screen is a modal panel: the focus moves into it (its Close
// button), Escape closes it, and the focus then goes back where it was (the menu button). The page
// behind is inert meanwhile (DefaultLayout); a window widened past the narrow layout closes it, so
// the page never stays inert beside a drawer that is no longer a panel.
export const useNavigationDrawerAsModal = (drawerRef: RefObject<HTMLElement | null>) => {
  const [isOpen, setIsOpen] = useAtom(isNavigationDrawerOpenState);

  useEffect(() => {
    if (!isOpen) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setIsOpen(false);
    };
    const closeWhenWide = () => {
      if (window.innerWidth > NARROW_SCREEN_MAX_WIDTH) setIsOpen(false);
    };

    drawerRef.current?.querySelector<HTMLElement>('a[href], button')?.focus();
    document.addEventListener('keydown', closeOnEscape);
    window.addEventListener('resize', closeWhenWide);

    return () => {
      document.removeEventListener('keydown', closeOnEscape);
      window.removeEventListener('resize', closeWhenWide);
      if (opener?.isConnected) opener.focus();
    };
  }, [isOpen, setIsOpen, drawerRef]);

  return { isOpen, close: () => setIsOpen(false) };
};
