import type { ReactNode } from 'react';
import { isDefined } from 'twenty-shared';

import { RecordTableErrorState } from '@/object-record/record-table/components/RecordTableErrorState';
import { RecordTableLoadMore } from '@/object-record/record-table/components/RecordTableLoadMore';
import { RecordTableRow } from '@/object-record/record-table/components/RecordTableRow';
import { RecordTableShell } from '@/object-record/record-table/components/RecordTableShell';
import { RecordTableSkeletonRows } from '@/object-record/record-table/components/RecordTableSkeletonRows';
import type { RecordTableColumnDefinition } from '@/object-record/record-table/types/RecordTableColumnDefinition';
import { useFocusFirstLoadedRow } from '@/object-record/record-table/hooks/useFocusFirstLoadedRow';
import type { RecordTablePagination } from '@/object-record/record-table/types/RecordTablePagination';

type RecordTableProps<TRecord extends { id: string }> = {
  label: string;
  columns: RecordTableColumnDefinition<TRecord>[];
  records: TRecord[];
  loading: boolean;
  error?: Error;
  onRetry: () => void;
  emptyState: ReactNode;
  pagination: RecordTablePagination;
};

export const RecordTable = <TRecord extends { id: string }>({
  label,
  columns,
  records,
  loading,
  error,
  onRetry,
  emptyState,
  pagination,
}: RecordTableProps<TRecord>) => {
  const { containerRef, loadMore } = useFocusFirstLoadedRow(records.length, {
    onLoadMore: pagination.onLoadMore,
    failed: isDefined(pagination.error),
  });

  if (loading) {
    return (
      <RecordTableShell label={label} columns={columns} isBusy>
        <RecordTableSkeletonRows columns={columns} />
      </RecordTableShell>
    );
  }

  if (isDefined(error)) {
    return (
      <RecordTableErrorState
        title={`Couldn't load ${label.toLowerCase()}`}
        error={error}
        onRetry={onRetry}
      />
    );
  }

  if (records.length === 0) {
    return emptyState;
  }

  return (
    <RecordTableShell
      label={label}
      columns={columns}
      containerRef={containerRef}
      footer={
        pagination.hasNextPage && (
          <RecordTableLoadMore pagination={{ ...pagination, onLoadMore: loadMore }} />
        )
      }
    >
      {records.map((record) => (
        <RecordTableRow key={record.id} record={record} columns={columns} />
      ))}
    </RecordTableShell>
  );
};
