import { useAtomValue } from 'jotai';
import { useState } from 'react';

import { WhopConnectionCard } from '@/whop/components/WhopConnectionCard';
import { WhopConnectionPollingEffect } from '@/whop/components/WhopConnectionPollingEffect';
import { WhopSyncLogTable } from '@/whop/components/WhopSyncLogTable';
import { WhopScheduledCheckEffect } from '@/whop/components/WhopScheduledCheckEffect';
import { WhopSyncRequestFollowEffect } from '@/whop/components/WhopSyncRequestFollowEffect';
import { WhopSyncLogsRefetchEffect } from '@/whop/components/WhopSyncLogsRefetchEffect';
import { WhopSyncStatusPanel } from '@/whop/components/WhopSyncStatusPanel';
import { useFindManyWhopSyncLogs } from '@/whop/hooks/useFindManyWhopSyncLogs';
import { whopSyncRequestsState } from '@/whop/states/whopSyncRequestsState';
import type { WhopConnection } from '@/whop/types/WhopConnection';
import { getWhopSyncHistoryEmptyMessage } from '@/whop/utils/getWhopSyncHistoryEmptyMessage';
import { getWhopSyncPhase } from '@/whop/utils/getWhopSyncPhase';
import { shouldPollWhopConnection } from '@/whop/utils/shouldPollWhopConnection';

import styles from './WhopConnectionSection.module.css';

type WhopConnectionSectionProps = {
  connection: WhopConnection;
};

// Everything about one connected Whop company: its status and fixes, its sync, and its history.
export const WhopConnectionSection = ({ connection }: WhopConnectionSectionProps) => {
  const {
    records: logs,
    totalCount,
    loading,
    error,
    retry,
    refresh,
    pagination,
  } = useFindManyWhopSyncLogs(connection.id);
  const syncRequest = useAtomValue(whopSyncRequestsState)[connection.id] ?? null;
  // The last poll failed: the figures are as of the connection's last successful read.
  const [isStale, setIsStale] = useState(false);

  return (
    <section
      className={styles.section}
      aria-label={`Whop connection: ${connection.whopCompanyTitle}`}
    >
      {shouldPollWhopConnection(connection, syncRequest) && (
        <WhopConnectionPollingEffect connectionId={connection.id} onStaleChange={setIsStale} />
      )}
      {syncRequest !== null && (
        <WhopSyncRequestFollowEffect connection={connection} request={syncRequest} />
      )}
      {connection.nextScheduledSyncAt !== null && (
        <WhopScheduledCheckEffect
          connection={connection}
          nextScheduledSyncAt={connection.nextScheduledSyncAt}
        />
      )}
      <WhopSyncLogsRefetchEffect connection={connection} onSyncStateChange={refresh} />
      <WhopConnectionCard connection={connection} />
      <WhopSyncStatusPanel
        connection={connection}
        logs={logs}
        staleSince={isStale ? connection.readAt : null}
      />
      <WhopSyncLogTable
        logs={logs}
        totalCount={totalCount}
        loading={loading}
        error={error}
        onRetry={retry}
        pagination={pagination}
        emptyMessage={getWhopSyncHistoryEmptyMessage(getWhopSyncPhase(connection))}
      />
    </section>
  );
};
