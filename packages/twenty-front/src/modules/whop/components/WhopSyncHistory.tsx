import { isDefined } from 'twenty-shared';

import type { WhopConnection } from '@/whop/types/WhopConnection';
import type { WhopSyncLog } from '@/whop/types/WhopSyncLog';
import { describeWhopLastSync } from '@/whop/utils/describeWhopLastSync';
import { formatWhopNextScheduledCheck } from '@/whop/utils/formatWhopNextScheduledCheck';

import styles from './WhopSyncStatusPanel.module.css';

type WhopSyncHistoryProps = {
  connection: Pick<
    WhopConnection,
    'lastFullSyncAt' | 'lastIncrementalSyncAt' | 'nextScheduledSyncAt'
  >;
  // The connection's sync runs, newest first.
  logs: WhopSyncLog[];
  showNextScheduledSync: boolean;
};

export const WhopSyncHistory = ({
  connection,
  logs,
  showNextScheduledSync,
}: WhopSyncHistoryProps) => {
  const { nextScheduledSyncAt } = connection;

  return (
    <dl className={styles.history}>
      <div className={styles.historyRow}>
        <dt>Last full sync</dt>
        <dd>{describeWhopLastSync(connection.lastFullSyncAt, logs, 'full')}</dd>
      </div>
      <div className={styles.historyRow}>
        <dt>Last incremental sync</dt>
        <dd>{describeWhopLastSync(connection.lastIncrementalSyncAt, logs, 'incremental')}</dd>
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
