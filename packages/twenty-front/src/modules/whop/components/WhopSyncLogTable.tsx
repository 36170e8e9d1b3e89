import { IconHistory, IconRefresh } from '@tabler/icons-react';
import { isDefined } from 'twenty-shared';

import { getApolloErrorMessage } from '@/apollo/utils/getApolloErrorMessage';
import type { RecordTablePagination } from '@/object-record/record-table/types/RecordTablePagination';
import { RecordTableLoadMore } from '@/object-record/record-table/components/RecordTableLoadMore';
import { SettingsCard } from '@/settings/components/SettingsCard';
import { VisuallyHidden } from '@/ui/display/components/VisuallyHidden';
import { Callout } from '@/ui/feedback/components/Callout';
import { SkeletonBar } from '@/ui/feedback/components/SkeletonBar';
import { formatNumber } from '@/ui/field/display/utils/formatNumber';
import { Button } from '@/ui/input/components/Button';
import { WhopSyncLogRow } from '@/whop/components/WhopSyncLogRow';
import type { WhopSyncLog } from '@/whop/types/WhopSyncLog';

import styles from './WhopSyncLogTable.module.css';

type WhopSyncLogTableProps = {
  logs: WhopSyncLog[];
  totalCount?: number;
  loading: boolean;
  error?: Error;
  onRetry: () => void;
  pagination: RecordTablePagination;
  // What it says while no run is in it.
  emptyMessage: string;
};

const SKELETON_ROW_COUNT = 3;
const HEADERS = ['Type', 'Status', 'Started', 'Duration', 'Records', 'Issues'];

// Every sync run of a connection, newest first; a row opens to its per-record errors and warnings.
export const WhopSyncLogTable = ({
  logs,
  totalCount,
  loading,
  error,
  onRetry,
  pagination,
  emptyMessage,
}: WhopSyncLogTableProps) => (
  <SettingsCard
    title="Sync history"
    Icon={IconHistory}
    headingLevel={4}
    isBodyFlush
    headerRight={
      isDefined(totalCount) &&
      totalCount > 0 && (
        <span className={styles.count}>
          {formatNumber(totalCount)} {totalCount === 1 ? 'run' : 'runs'}
        </span>
      )
    }
  >
    {isDefined(error) ? (
      <div className={styles.message}>
        <Callout
          variant="danger"
          title="Couldn't load the sync history"
          action={<Button title="Retry" Icon={IconRefresh} size="small" onClick={onRetry} />}
        >
          {getApolloErrorMessage(error)}
        </Callout>
      </div>
    ) : !loading && logs.length === 0 ? (
      <p className={styles.message}>{emptyMessage}</p>
    ) : (
      <div className={styles.scroll}>
        {/* Explicit roles: on a phone the rows are laid out as cards, and some browsers drop a
            table's semantics once its display changes. */}
        <table className={styles.table} role="table" aria-label="Sync history" aria-busy={loading}>
          <thead role="rowgroup">
            <tr role="row">
              <th className={styles.expandHeader} role="columnheader">
                <VisuallyHidden>Details</VisuallyHidden>
              </th>
              {HEADERS.map((header) => (
                <th key={header} className={styles.headerCell} role="columnheader" scope="col">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody role="rowgroup">
            {loading
              ? Array.from({ length: SKELETON_ROW_COUNT }, (_, rowIndex) => (
                  <tr key={rowIndex} role="row" aria-hidden>
                    <td className={styles.cell} role="cell" />
                    {HEADERS.map((header) => (
                      <td key={header} className={styles.cell} role="cell">
                        <SkeletonBar width="70%" />
                      </td>
                    ))}
                  </tr>
                ))
              : logs.map((log) => <WhopSyncLogRow key={log.id} log={log} />)}
          </tbody>
        </table>
        {pagination.hasNextPage && <RecordTableLoadMore pagination={pagination} />}
      </div>
    )}
  </SettingsCard>
);
