import { useAtomValue } from 'jotai';

import { WhopConnectionCard } from '@/whop/components/WhopConnectionCard';
import { WhopConnectionPollingEffect } from '@/whop/components/WhopConnectionPollingEffect';
import { WhopSyncLogTable } from '@/whop/components/WhopSyncLogTable';
import { WhopScheduledCheckEffect } from '@/whop/components/WhopScheduledCheckEffect';
import { WhopSyncRequestExpiryEffect } from '@/whop/components/WhopSyncRequestExpiryEffect';
import { WhopSyncLogsRefetchEffect } from '@/whop/components/WhopSyncLogsRefetchEffect';
import { WhopSyncStatusPanel } from '@/whop/components/WhopSyncStatusPanel';
import { useFindManyWhopSyncLogs } from '@/whop/hooks/useFindManyWhopSyncLogs';
import { whopSyncRequestedAtState } from '@/whop/states/whopSyncRequestedAtState';
import type { WhopConnection } from '@/whop/types/WhopConnection';
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
    pagination,
  } = useFindManyWhopSyncLogs(connection.id);
  const syncRequestedAt = useAtomValue(whopSyncRequestedAtState)[connection.id] ?? null;

  return (
    <section
      className={styles.section}
      aria-label={`Whop connection: ${connection.whopCompanyTitle}`}
    >
      {shouldPollWhopConnection(connection, syncRequestedAt) && (
        <WhopConnectionPollingEffect connectionId={connection.id} />
      )}
      {syncRequestedAt !== null && (
        <WhopSyncRequestExpiryEffect connectionId={connection.id} requestedAt={syncRequestedAt} />
      )}
      {connection.nextScheduledSyncAt !== null && (
        <WhopScheduledCheckEffect
          connectionId={connection.id}
          nextScheduledSyncAt={connection.nextScheduledSyncAt}
        />
      )}
      <WhopSyncLogsRefetchEffect connection={connection} onSyncStateChange={retry} />
      <WhopConnectionCard connection={connection} />
      <WhopSyncStatusPanel connection={connection} logs={logs} />
      <WhopSyncLogTable
        logs={logs}
        totalCount={totalCount}
        loading={loading}
        error={error}
        onRetry={retry}
        pagination={pagination}
      />
    </section>
  );
};
