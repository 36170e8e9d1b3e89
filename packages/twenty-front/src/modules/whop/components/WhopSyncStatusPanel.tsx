import { IconRefresh } from '@tabler/icons-react';

import { SettingsCard } from '@/settings/components/SettingsCard';
import { Callout } from '@/ui/feedback/components/Callout';
import { formatDateTime } from '@/ui/field/display/utils/formatDateTime';
import { ProgressBar } from '@/ui/feedback/components/ProgressBar';
import { WhopSyncHistory } from '@/whop/components/WhopSyncHistory';
import { WhopSyncPhaseHeading } from '@/whop/components/WhopSyncPhaseHeading';
import { WhopSyncProgressDetails } from '@/whop/components/WhopSyncProgressDetails';
import type { WhopConnection } from '@/whop/types/WhopConnection';
import type { WhopSyncLog } from '@/whop/types/WhopSyncLog';
import { getWhopSyncPhase } from '@/whop/utils/getWhopSyncPhase';

import styles from './WhopSyncStatusPanel.module.css';

type WhopSyncStatusPanelProps = {
  connection: WhopConnection;
  // The connection's sync runs, newest first.
  logs: WhopSyncLog[];
  // While the page cannot reach the server: when the connection was last read (ISO).
  staleSince?: string | null;
};

// What the sync is doing now, live while it runs, and what it did last when it rests.
export const WhopSyncStatusPanel = ({
  connection,
  logs,
  staleSince = null,
}: WhopSyncStatusPanelProps) => {
  const phase = getWhopSyncPhase(connection);
  // After a failure the scheduled check still runs, and tries again: the server keeps it while the
  // connection is active, and reads none once it needs reconnecting or is disconnected.
  const history = (
    <WhopSyncHistory
      connection={connection}
      logs={logs}
      showNextScheduledSync={phase === 'idle' || phase === 'failed'}
    />
  );

  return (
    <SettingsCard title="Sync" Icon={IconRefresh} headingLevel={4}>
      <div className={styles.panel}>
        {/* Only the phase is announced: the figures change with every poll, and the callouts
            announce themselves. The region stays in place, even empty, so that its next
            content is heard. */}
        <div className={styles.phase} aria-live="polite">
          <WhopSyncPhaseHeading phase={phase} connection={connection} />
        </div>
        {staleSince !== null && (
          <Callout variant="warning" title="Can't reach the server">
            {`The figures below are as of ${formatDateTime(staleSince)}, the last successful update. They update again as soon as the server answers.`}
          </Callout>
        )}
        {phase === 'ongoing' && (
          <WhopSyncProgressDetails connection={connection} isLive={staleSince === null} />
        )}
        {phase === 'pending' && <ProgressBar label="Sync" value={null} valueText="Queued" />}
        {phase === 'idle' && logs[0]?.status === 'partial' && (
          <Callout variant="warning" title="Some records were not imported">
            The last sync could not save every record Whop sent. Its entry in the sync history below
            names each one, and why.
          </Callout>
        )}
        {(phase === 'idle' || phase === 'revoked') && history}
        {phase === 'failed' && (
          <>
            <Callout variant="danger" title="The last sync failed">
              {connection.lastSyncError ?? 'Whop did not say why.'}
            </Callout>
            {history}
          </>
        )}
        {phase === 'needs_reauth' && (
          <>
            <Callout variant="warning" title="Sync paused: reconnect Whop">
              {connection.lastSyncError ?? 'Whop no longer accepts this connection.'}
            </Callout>
            {history}
          </>
        )}
      </div>
    </SettingsCard>
  );
};
