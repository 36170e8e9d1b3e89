import { isDefined } from 'twenty-shared';

import { formatDateTime } from '@/ui/field/display/utils/formatDateTime';
import { formatDuration } from '@/ui/field/display/utils/formatDuration';
import type { WhopConnection } from '@/whop/types/WhopConnection';
import type { WhopSyncLog } from '@/whop/types/WhopSyncLog';
import { formatWhopSyncCounts } from '@/whop/utils/formatWhopSyncCounts';
import { formatWhopNextScheduledCheck } from '@/whop/utils/formatWhopNextScheduledCheck';
import { getWhopSyncLogDurationMs } from '@/whop/utils/getWhopSyncLogDurationMs';

import styles from './WhopSyncStatusPanel.module.css';

type WhopSyncHistoryProps = {
  connection: Pick<
    WhopConnection,
    'lastFullSyncAt' | 'lastIncrementalSyncAt' | 'nextScheduledSyncAt'
  >;
  latestFullSyncLog?: WhopSyncLog;
  latestIncrementalSyncLog?: WhopSyncLog;
  showNextScheduledSync: boolean;
};

const describeRun = (finishedAt: string | null, log?: WhopSyncLog) => {
  if (!isDefined(finishedAt)) {
    return 'Never';
  }

  const durationMs = isDefined(log) ? getWhopSyncLogDurationMs(log) : null;

  return [
    formatDateTime(finishedAt),
    ...(isDefined(durationMs) ? [`took ${formatDuration(durationMs)}`] : []),
    ...(isDefined(log) ? [formatWhopSyncCounts(log.counts)] : []),
  ].join(' · ');
};

export const WhopSyncHistory = ({
  connection,
  latestFullSyncLog,
  latestIncrementalSyncLog,
  showNextScheduledSync,
}: WhopSyncHistoryProps) => {
  const { nextScheduledSyncAt } = connection;

  return (
    <dl className={styles.history}>
      <div className={styles.historyRow}>
        <dt>Last full sync</dt>
        <dd>{describeRun(connection.lastFullSyncAt, latestFullSyncLog)}</dd>
      </div>
      <div className={styles.historyRow}>
        <dt>Last incremental sync</dt>
        <dd>{describeRun(connection.lastIncrementalSyncAt, latestIncrementalSyncLog)}</dd>
      </div>
      {showNextScheduledSync && isDefined(nextScheduledSyncAt) && (
        <div className={styles.historyRow}>
          <dt>Next scheduled check</dt>
          <dd>{formatWhopNextScheduledCheck(nextScheduledSyncAt)}</dd>
        </div>
      )}
    </dl>
  );
};
