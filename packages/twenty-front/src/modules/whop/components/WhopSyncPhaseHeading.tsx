import { IconCircleCheck, IconClockExclamation } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { isDefined } from 'twenty-shared';

import { formatDate } from '@/ui/field/display/utils/formatDate';
import { formatDateTime } from '@/ui/field/display/utils/formatDateTime';
import { WhopQueuedFullSyncDescription } from '@/whop/components/WhopQueuedFullSyncDescription';
import type { WhopConnection } from '@/whop/types/WhopConnection';
import type { WhopSyncPhase } from '@/whop/types/WhopSyncPhase';
import { getWhopLastCompletedSyncAt } from '@/whop/utils/getWhopLastCompletedSyncAt';
import { getWhopSyncRetryingTitle } from '@/whop/utils/getWhopSyncRetryingTitle';
import { getWhopSyncRunningTitle } from '@/whop/utils/getWhopSyncRunningTitle';
import { getWhopSyncStalledSince } from '@/whop/utils/getWhopSyncStalledSince';
import { isWhopScheduledCheckOverdue } from '@/whop/utils/isWhopScheduledCheckOverdue';
import { isWhopSyncWaitingToRetry } from '@/whop/utils/isWhopSyncWaitingToRetry';

import styles from './WhopSyncStatusPanel.module.css';

type HeadingProps = {
  title: string;
  description: ReactNode;
};

const Heading = ({ title, description }: HeadingProps) => (
  <div className={styles.heading}>
    <p className={styles.title}>{title}</p>
    <p className={styles.subtitle}>{description}</p>
  </div>
);

const describeRunningSync = ({
  syncStage,
  syncProgress,
}: Pick<WhopConnection, 'syncStage' | 'syncProgress'>) =>
  `${syncStage === 'INCREMENTAL_ONGOING' ? 'Incremental sync' : 'Full sync'}${
    isDefined(syncProgress?.startedAt) ? ` · started ${formatDateTime(syncProgress.startedAt)}` : ''
  }`;

type WhopSyncPhaseHeadingProps = {
  phase: WhopSyncPhase;
  connection: Pick<
    WhopConnection,
    | 'status'
    | 'syncStatus'
    | 'syncStage'
    | 'syncProgress'
    | 'fullSyncQueuedAt'
    | 'revokedAt'
    | 'nextSyncRetryAt'
    | 'lastFullSyncAt'
    | 'lastIncrementalSyncAt'
    | 'nextScheduledSyncAt'
    | 'lastSyncError'
    | 'updatedAt'
    | 'readAt'
  >;
};

// What the sync is doing, in a line or two that change with the phase or the step, never with
// each poll's figures. A failed or paused sync has none: its callout says it. Between two
// attempts a run imports nothing: it says which step it waits to retry, and its callout when.
export const WhopSyncPhaseHeading = ({ phase, connection }: WhopSyncPhaseHeadingProps) => {
  switch (phase) {
    case 'ongoing': {
      const step = connection.syncProgress?.step ?? null;

      return (
        <Heading
          title={
            getWhopSyncStalledSince(connection) !== null
              ? `Stalled: ${getWhopSyncRunningTitle(step).toLowerCase()}`
              : isWhopSyncWaitingToRetry(connection)
                ? getWhopSyncRetryingTitle(step)
                : `${getWhopSyncRunningTitle(step)}…`
          }
          description={describeRunningSync(connection)}
        />
      );
    }
    case 'pending':
      return (
        <Heading
          title="Waiting to start"
          description={
            <WhopQueuedFullSyncDescription fullSyncQueuedAt={connection.fullSyncQueuedAt} />
          }
        />
      );
    case 'never_synced':
      return (
        <Heading
          title="Not synced yet"
          description="Nothing has been imported from this Whop company yet. Start with a full resync."
        />
      );
    case 'idle': {
      // As of the last sync that completed: changes made on Whop since arrive with the next one,
      // unless no worker runs it.
      const lastCompletedSyncAt = getWhopLastCompletedSyncAt(connection);
      const asOfLastSync = isDefined(lastCompletedSyncAt)
        ? `As of the last sync, ${formatDateTime(lastCompletedSyncAt)}`
        : null;
      const { nextScheduledSyncAt } = connection;

      if (nextScheduledSyncAt !== null && isWhopScheduledCheckOverdue(nextScheduledSyncAt)) {
        return (
          <div className={styles.heading}>
            <div className={styles.overdue}>
              <IconClockExclamation size={16} stroke={2} aria-hidden />
              <p className={styles.title}>The scheduled check has not run</p>
            </div>
            <p className={styles.subtitle}>
              {`It was due ${formatDateTime(nextScheduledSyncAt)}, and no sync worker has taken it: the worker may be busy, or not running. Changes made on Whop since the last sync are not imported yet.`}
            </p>
            {asOfLastSync !== null && <p className={styles.subtitle}>{asOfLastSync}</p>}
          </div>
        );
      }

      return (
        <div className={styles.heading}>
          <div className={styles.upToDate}>
            <IconCircleCheck size={16} stroke={2} aria-hidden />
            <p className={styles.title}>Up to date</p>
          </div>
          {asOfLastSync !== null && <p className={styles.subtitle}>{asOfLastSync}</p>}
        </div>
      );
    }
    case 'revoked':
      return (
        <Heading
          title="Sync stopped"
          description={`This connection was disconnected${
            isDefined(connection.revokedAt) ? ` on ${formatDate(connection.revokedAt)}` : ''
          }; no more changes are imported.`}
        />
      );
    default:
      return null;
  }
};
