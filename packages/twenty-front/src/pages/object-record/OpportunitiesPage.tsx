import { IconTargetArrow } from '@tabler/icons-react';

import { RecordTable } from '@/object-record/record-table/components/RecordTable';
import { RecordTableEmptyState } from '@/object-record/record-table/components/RecordTableEmptyState';
import { OPPORTUNITIES_TABLE_COLUMNS } from '@/opportunities/constants/OpportunitiesTableColumns';
import { useFindManyOpportunities } from '@/opportunities/hooks/useFindManyOpportunities';
import { getSettingsPath } from '@/settings/utils/getSettingsPath';
import { SettingsPath } from '@/types/SettingsPath';
import { PageBody } from '@/ui/layout/page/components/PageBody';
import { PageHeader } from '@/ui/layout/page/components/PageHeader';
import { PageTitleEffect } from '@/ui/utilities/page-title/components/PageTitleEffect';

export const OpportunitiesPage = () => {
  const { records, totalCount, loading, error, retry, pagination } =
    useFindManyOpportunities();

  return (
    <>
      <PageTitleEffect title="Opportunities" />
      <PageHeader
        title="Opportunities"
        Icon={IconTargetArrow}
        count={totalCount}
      />
      <PageBody>
        <RecordTable
          label="Opportunities"
          columns={OPPORTUNITIES_TABLE_COLUMNS}
          records={records}
          loading={loading}
          error={error}
          onRetry={retry}
          pagination={pagination}
          emptyState={
            <RecordTableEmptyState
              Icon={IconTargetArrow}
              title="No opportunities yet"
              description="Connect Whop in Settings → Integrations to import your customers' memberships as opportunities."
              actionLabel="Go to Integrations"
              actionTo={getSettingsPath(SettingsPath.Integrations)}
            />
          }
        />
      </PageBody>
    </>
  );
};
