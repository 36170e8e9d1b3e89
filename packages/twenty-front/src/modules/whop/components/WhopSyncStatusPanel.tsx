import { IconCircleCheck, IconRefresh } from '@tabler/icons-react';
import { isDefined } from 'twenty-shared';

import { SettingsCard } from '@/settings/components/SettingsCard';
import { Callout } from '@/ui/feedback/components/Callout';
import { ProgressBar } from '@/ui/feedback/components/ProgressBar';
import { formatDate } from '@/ui/field/display/utils/formatDate';
import { formatDateTime } from '@/ui/field/display/utils/formatDateTime';
import { WhopSyncHistory } from '@/whop/components/WhopSyncHistory';
import { WhopSyncProgressDetails } from '@/whop/components/WhopSyncProgressDetails';
import type { WhopConnection } from '@/whop/types/WhopConnection';
import type { WhopSyncLog } from '@/whop/types/WhopSyncLog';
import { getWhopSyncPhase } from '@/whop/utils/getWhopSyncPhase';

import styles from './WhopSyncStatusPanel.module.css';

type WhopSyncStatusPanelProps = {
  connection: WhopConnection;
  // The connection's sync runs, newest first.
  logs: WhopSyncLog[];
};

type PanelHeadingProps = {
  title: string;
  description: string;
};

const PanelHeading = ({ title, description }: PanelHeadingProps) => (
  <div className={styles.heading}>
    <p className={styles.title}>{title}</p>
    <p className={styles.subtitle}>{description}</p>
  </div>
);

const describeQueuedFullSync = (queuedAt: string | null) =>
  `${isDefined(queuedAt) ? `Queued since ${formatDateTime(queuedAt)}. ` : ''}The full import starts as soon as the sync worker takes it, usually within seconds, and imports your products, members, memberships and payments.`;

// What the sync is doing now, live while it runs, and what it did last when it rests.
export const WhopSyncStatusPanel = ({ connection, logs }: WhopSyncStatusPanelProps) => {
  const phase = getWhopSyncPhase(connection);
  const history = (
    <WhopSyncHistory connection={connection} logs={logs} showNextScheduledSync={phase === 'idle'} />
  );

  return (
    <SettingsCard title="Sync" Icon={IconRefresh}>
      <div className={styles.panel} aria-live="polite">
        {phase === 'ongoing' && <WhopSyncProgressDetails connection={connection} />}
        {phase === 'pending' && (
          <>
            <PanelHeading
              title="Waiting to start"
              description={describeQueuedFullSync(connection.fullSyncQueuedAt)}
            />
            <ProgressBar label="Sync" value={null} valueText="Queued" />
          </>
        )}
        {phase === 'never_synced' && (
          <PanelHeading
            title="Not synced yet"
            description="Nothing has been imported from this Whop company yet. Start with a full resync."
          />
        )}
        {phase === 'idle' && (
          <>
            <div className={styles.upToDate}>
              <IconCircleCheck size={16} stroke={2} aria-hidden />
              <p className={styles.title}>Up to date</p>
            </div>
            {history}
          </>
        )}
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
        {phase === 'revoked' && (
          <>
            <PanelHeading
              title="Sync stopped"
              description={`This connection was disconnected${
                isDefined(connection.revokedAt) ? ` on ${formatDate(connection.revokedAt)}` : ''
              }; no more changes are imported.`}
            />
            {history}
          </>
        )}
      </div>
    </SettingsCard>
  );
};
