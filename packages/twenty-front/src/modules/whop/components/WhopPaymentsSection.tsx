import { IconCreditCard } from '@tabler/icons-react';

import { RecordShowSection } from '@/object-record/record-show/components/RecordShowSection';
import { RecordShowSectionEmptyState } from '@/object-record/record-show/components/RecordShowSectionEmptyState';
import { RecordTable } from '@/object-record/record-table/components/RecordTable';
import type { WhopPaymentFilter } from '@/whop/graphql/queries/findManyWhopPayments';
import { useFindManyWhopPayments } from '@/whop/hooks/useFindManyWhopPayments';
import { useWhopProductNames } from '@/whop/hooks/useWhopProductNames';
import { getWhopPaymentsTableColumns } from '@/whop/utils/getWhopPaymentsTableColumns';

type WhopPaymentsSectionProps = {
  filter: WhopPaymentFilter;
};

const SECTION_PAGE_SIZE = 10;

// The Whop payments of one person or one opportunity, on its record page.
export const WhopPaymentsSection = ({ filter }: WhopPaymentsSectionProps) => {
  const { records, totalCount, loading, error, retry, pagination } = useFindManyWhopPayments({
    filter,
    first: SECTION_PAGE_SIZE,
  });
  const whopProductNames = useWhopProductNames();

  return (
    <RecordShowSection title="Payments" Icon={IconCreditCard} count={totalCount}>
      <RecordTable
        label="Payments"
        columns={getWhopPaymentsTableColumns({ whopProductNames })}
        records={records}
        loading={loading}
        error={error}
        onRetry={retry}
        pagination={pagination}
        emptyState={<RecordShowSectionEmptyState text="No Whop payments." />}
      />
    </RecordShowSection>
  );
};
