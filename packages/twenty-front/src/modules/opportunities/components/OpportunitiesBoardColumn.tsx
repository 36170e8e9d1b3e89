import type { ReactNode } from 'react';
import { isDefined } from 'twenty-shared';

import { RecordBoardColumn } from '@/object-record/record-board/components/RecordBoardColumn';
import { OpportunityBoardCard } from '@/opportunities/components/OpportunityBoardCard';
import { useFindManyOpportunities } from '@/opportunities/hooks/useFindManyOpportunities';
import type { OpportunityFilter } from '@/opportunities/types/OpportunityFilter';
import { usePersonNamesByIds } from '@/people/hooks/usePersonNamesByIds';
import { useRefreshOnWhopImportProgress } from '@/whop/hooks/useRefreshOnWhopImportProgress';

const BOARD_COLUMN_PAGE_SIZE = 20;

type OpportunitiesBoardColumnProps = {
  title: string;
  tag: ReactNode;
  filter: OpportunityFilter;
  whopProductNames: Map<string, string>;
  hideWhenEmpty?: boolean;
};

// One kanban column: its own query, so each column counts and pages through its whole group.
export const OpportunitiesBoardColumn = ({
  title,
  tag,
  filter,
  whopProductNames,
  hideWhenEmpty = false,
}: OpportunitiesBoardColumnProps) => {
  const { records, totalCount, loading, error, retry, refresh, pagination } =
    useFindManyOpportunities({
      filter,
      first: BOARD_COLUMN_PAGE_SIZE,
    });

  useRefreshOnWhopImportProgress(refresh);
  const { personNames, isNameLoading } = usePersonNamesByIds(
    records.map((opportunity) => opportunity.pointOfContactId).filter(isDefined),
  );

  if (hideWhenEmpty && !loading && !isDefined(error) && records.length === 0) {
    return null;
  }

  return (
    <RecordBoardColumn
      title={title}
      tag={tag}
      count={totalCount}
      loading={loading}
      error={error}
      onRetry={retry}
      pagination={pagination}
    >
      {records.map((opportunity) => (
        <OpportunityBoardCard
          key={opportunity.id}
          opportunity={opportunity}
          productName={whopProductNames.get(opportunity.whopProductId ?? '') ?? null}
          customerName={personNames.get(opportunity.pointOfContactId ?? '') ?? null}
          customerNameLoading={
            isDefined(opportunity.pointOfContactId) && isNameLoading(opportunity.pointOfContactId)
          }
        />
      ))}
    </RecordBoardColumn>
  );
};
