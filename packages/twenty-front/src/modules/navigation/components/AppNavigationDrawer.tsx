import {
  IconCreditCard,
  IconLogout,
  IconPackage,
  IconSettings,
  IconTargetArrow,
  IconUser,
} from '@tabler/icons-react';
import { useRef } from 'react';
import { useMatch } from 'react-router-dom';

import { useSignOut } from '@/auth/hooks/useSignOut';
import { NavigationDrawerItem } from '@/navigation/components/NavigationDrawerItem';
import { NavigationDrawerSection } from '@/navigation/components/NavigationDrawerSection';
import { NavigationDrawerWorkspaceHeader } from '@/navigation/components/NavigationDrawerWorkspaceHeader';
import { useNavigationDrawerAsModal } from '@/navigation/hooks/useNavigationDrawerAsModal';
import { getSettingsPath } from '@/settings/utils/getSettingsPath';
import { AppPath } from '@/types/AppPath';
import { SettingsPath } from '@/types/SettingsPath';

import styles from './AppNavigationDrawer.module.css';

export const AppNavigationDrawer = () => {
  const drawerRef = useRef<HTMLElement>(null);
  const { isOpen: isNavigationDrawerOpen, close } = useNavigationDrawerAsModal(drawerRef);
  const isSettingsPage = useMatch(`${AppPath.Settings}/*`) !== null;
  const signOut = useSignOut();

  return (
    <>
      {isNavigationDrawerOpen && <div className={styles.backdrop} onClick={close} aria-hidden />}
      <nav
        ref={drawerRef}
        className={styles.drawer}
        data-open={isNavigationDrawerOpen}
        aria-label="Main"
      >
        <NavigationDrawerWorkspaceHeader />
        <div className={styles.sections}>
          <NavigationDrawerSection title="Workspace">
            <NavigationDrawerItem label="People" Icon={IconUser} to={AppPath.People} />
            <NavigationDrawerItem
              label="Opportunities"
              Icon={IconTargetArrow}
              to={AppPath.Opportunities}
            />
            <NavigationDrawerItem
              label="Whop Products"
              Icon={IconPackage}
              to={AppPath.WhopProducts}
            />
            <NavigationDrawerItem
              label="Whop Payments"
              Icon={IconCreditCard}
              to={AppPath.WhopPayments}
            />
          </NavigationDrawerSection>
          <NavigationDrawerSection title="Other">
            <NavigationDrawerItem label="Settings" Icon={IconSettings} to={AppPath.Settings} end />
            {isSettingsPage && (
              <>
                <NavigationDrawerItem
                  label="General"
                  to={getSettingsPath(SettingsPath.General)}
                  isSubItem
                />
                <NavigationDrawerItem
                  label="Integrations"
                  to={getSettingsPath(SettingsPath.Integrations)}
                  isSubItem
                />
              </>
            )}
          </NavigationDrawerSection>
        </div>
        <div className={styles.footer}>
          <NavigationDrawerItem label="Sign out" Icon={IconLogout} onClick={signOut} />
        </div>
      </nav>
    </>
  );
};
