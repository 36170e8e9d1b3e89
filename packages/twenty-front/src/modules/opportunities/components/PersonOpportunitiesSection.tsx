import { IconTargetArrow } from '@tabler/icons-react';

import { RecordShowSection } from '@/object-record/record-show/components/RecordShowSection';
import { RecordShowSectionEmptyState } from '@/object-record/record-show/components/RecordShowSectionEmptyState';
import { RecordTable } from '@/object-record/record-table/components/RecordTable';
import { useFindManyOpportunities } from '@/opportunities/hooks/useFindManyOpportunities';
import { useOpportunitiesTableColumns } from '@/opportunities/hooks/useOpportunitiesTableColumns';

type PersonOpportunitiesSectionProps = {
  personId: string;
};

const SECTION_PAGE_SIZE = 10;
const SECTION_COLUMN_KEYS = [
  'name',
  'whopMembershipStatus',
  'whopProduct',
  'whopMrr',
  'whopRenewalDate',
];

// The opportunities (Whop memberships) a person is the point of contact of.
export const PersonOpportunitiesSection = ({ personId }: PersonOpportunitiesSectionProps) => {
  const { records, totalCount, loading, error, retry, pagination } = useFindManyOpportunities({
    filter: { pointOfContactId: { eq: personId } },
    first: SECTION_PAGE_SIZE,
  });
  const columns = useOpportunitiesTableColumns(records).filter((column) =>
    SECTION_COLUMN_KEYS.includes(column.key),
  );

  return (
    <RecordShowSection title="Opportunities" Icon={IconTargetArrow} count={totalCount}>
      <RecordTable
        label="Opportunities"
        columns={columns}
        records={records}
        loading={loading}
        error={error}
        onRetry={retry}
        pagination={pagination}
        emptyState={<RecordShowSectionEmptyState text="No opportunities." />}
      />
    </RecordShowSection>
  );
};
