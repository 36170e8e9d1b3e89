import { IconUser } from '@tabler/icons-react';

import { RecordTable } from '@/object-record/record-table/components/RecordTable';
import { RecordTableEmptyState } from '@/object-record/record-table/components/RecordTableEmptyState';
import { PEOPLE_TABLE_COLUMNS } from '@/people/constants/PeopleTableColumns';
import { useFindManyPeople } from '@/people/hooks/useFindManyPeople';
import { getSettingsPath } from '@/settings/utils/getSettingsPath';
import { SettingsPath } from '@/types/SettingsPath';
import { PageBody } from '@/ui/layout/page/components/PageBody';
import { PageHeader } from '@/ui/layout/page/components/PageHeader';
import { PageTitleEffect } from '@/ui/utilities/page-title/components/PageTitleEffect';

export const PeoplePage = () => {
  const { records, totalCount, loading, error, retry, pagination } =
    useFindManyPeople();

  return (
    <>
      <PageTitleEffect title="People" />
      <PageHeader title="People" Icon={IconUser} count={totalCount} />
      <PageBody>
        <RecordTable
          label="People"
          columns={PEOPLE_TABLE_COLUMNS}
          records={records}
          loading={loading}
          error={error}
          onRetry={retry}
          pagination={pagination}
          emptyState={
            <RecordTableEmptyState
              Icon={IconUser}
              title="No people yet"
              description="Connect Whop in Settings → Integrations to import your customers."
              actionLabel="Go to Integrations"
              actionTo={getSettingsPath(SettingsPath.Integrations)}
            />
          }
        />
      </PageBody>
    </>
  );
};
