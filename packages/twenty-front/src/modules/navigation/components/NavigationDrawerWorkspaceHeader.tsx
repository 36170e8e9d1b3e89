import { IconX } from '@tabler/icons-react';
import { useSetAtom } from 'jotai';

import { isNavigationDrawerOpenState } from '@/navigation/states/isNavigationDrawerOpenState';
import { Avatar } from '@/ui/display/components/Avatar';
import { SkeletonBar } from '@/ui/feedback/components/SkeletonBar';
import { useCurrentWorkspace } from '@/workspace/hooks/useCurrentWorkspace';

import styles from './NavigationDrawerWorkspaceHeader.module.css';

export const NavigationDrawerWorkspaceHeader = () => {
  const { currentWorkspace, loading } = useCurrentWorkspace();
  const setIsNavigationDrawerOpen = useSetAtom(isNavigationDrawerOpenState);

  return (
    <div className={styles.header}>
      {loading && <SkeletonBar width={120} height={16} />}
      {currentWorkspace && (
        <>
          <Avatar
            placeholder={currentWorkspace.displayName}
            placeholderColorSeed={currentWorkspace.id}
            type="squared"
            size="md"
            inverted
          />
          <span className={styles.name} title={currentWorkspace.displayName}>
            {currentWorkspace.displayName}
          </span>
        </>
      )}
      <button
        type="button"
        className={styles.closeButton}
        aria-label="Close navigation"
        onClick={() => setIsNavigationDrawerOpen(false)}
      >
        <IconX size={16} stroke={2} aria-hidden />
      </button>
    </div>
  );
};
