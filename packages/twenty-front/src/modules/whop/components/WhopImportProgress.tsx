import { useSetAtom } from 'jotai';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';

import { getSettingsPath } from '@/settings/utils/getSettingsPath';
import { SpinnerIcon } from '@/ui/feedback/components/SpinnerIcon';
import { SettingsPath } from '@/types/SettingsPath';
import { WhopImportPollingEffect } from '@/whop/components/WhopImportPollingEffect';
import { whopImportProgressState } from '@/whop/states/whopImportProgressState';
import type { WhopConnection } from '@/whop/types/WhopConnection';
import { getWhopImportState } from '@/whop/utils/getWhopImportState';

import styles from './WhopImportProgress.module.css';

type WhopImportProgressProps = {
  // The workspace's Whop connections, undefined until read.
  whopConnections: WhopConnection[] | undefined;
};

// In the header of a list of records imported from Whop, while a sync waits or runs: says so, links
// to the settings page that follows it, and has the page's lists read their records again every
// few seconds (useRefreshOnWhopImportProgress), and once more when it ends, so a list that already
// shows the first records goes on filling, its count with it, without a reload.
export const WhopImportProgress = ({ whopConnections }: WhopImportProgressProps) => {
  const isImporting =
    whopConnections !== undefined && getWhopImportState(whopConnections) === 'importing';
  const setProgress = useSetAtom(whopImportProgressState);
  const wasImportingRef = useRef(isImporting);

  useEffect(() => {
    if (wasImportingRef.current && !isImporting) setProgress((progress) => progress + 1);
    wasImportingRef.current = isImporting;
  }, [isImporting, setProgress]);

  if (!isImporting) {
    return null;
  }

  return (
    <span role="status">
      <WhopImportPollingEffect onPoll={() => setProgress((progress) => progress + 1)} />
      <Link className={styles.progress} to={getSettingsPath(SettingsPath.WhopIntegration)}>
        <SpinnerIcon size={14} />
        Syncing with Whop…
      </Link>
    </span>
  );
};
