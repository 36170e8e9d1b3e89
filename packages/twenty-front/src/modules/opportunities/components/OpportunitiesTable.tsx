import { type ReactNode } from 'react';

import { RecordTable } from '@/object-record/record-table/components/RecordTable';
import type { RecordTablePagination } from '@/object-record/record-table/types/RecordTablePagination';
import { useOpportunitiesTableColumns } from '@/opportunities/hooks/useOpportunitiesTableColumns';
import type { Opportunity } from '@/opportunities/types/Opportunity';

type OpportunitiesTableProps = {
  records: Opportunity[];
  loading: boolean;
  error?: Error;
  onRetry: () => void;
  pagination: RecordTablePagination;
  emptyState: ReactNode;
};

// The table view of the opportunities; its columns look up product and customer names, which the
// kanban view fetches per column instead.
export const OpportunitiesTable = ({ records, ...tableProps }: OpportunitiesTableProps) => (
  <RecordTable
    label="Opportunities"
    columns={useOpportunitiesTableColumns(records)}
    records={records}
    {...tableProps}
  />
);
