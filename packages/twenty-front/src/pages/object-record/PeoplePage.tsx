import { IconUser } from '@tabler/icons-react';
import { useAtom } from 'jotai';
import { isDefined } from 'twenty-shared';

import { RecordIndexPage } from '@/object-record/record-index/components/RecordIndexPage';
import { RecordTable } from '@/object-record/record-table/components/RecordTable';
import { RecordTableNoMatchState } from '@/object-record/record-table/components/RecordTableNoMatchState';
import { PeopleFilterBar } from '@/people/components/PeopleFilterBar';
import { DEFAULT_PEOPLE_FILTERS } from '@/people/constants/DefaultPeopleFilters';
import { PEOPLE_FILTER_DEBOUNCE_MS } from '@/people/constants/PeopleFilterDebounceMs';
import { PEOPLE_TABLE_COLUMNS } from '@/people/constants/PeopleTableColumns';
import { useFindManyPeople } from '@/people/hooks/useFindManyPeople';
import { peopleFiltersState } from '@/people/states/peopleFiltersState';
import { buildPersonFilter } from '@/people/utils/buildPersonFilter';
import { getSettingsPath } from '@/settings/utils/getSettingsPath';
import { SettingsPath } from '@/types/SettingsPath';
import { useDebouncedValue } from '@/ui/utilities/hooks/useDebouncedValue';
import { WhopImportEmptyState } from '@/whop/components/WhopImportEmptyState';
import { WhopImportProgress } from '@/whop/components/WhopImportProgress';
import { useFindManyWhopConnections } from '@/whop/hooks/useFindManyWhopConnections';
import { useRefreshOnWhopImportProgress } from '@/whop/hooks/useRefreshOnWhopImportProgress';

export const PeoplePage = () => {
  const [peopleFilters, setPeopleFilters] = useAtom(peopleFiltersState);
  const filter = buildPersonFilter(useDebouncedValue(peopleFilters, PEOPLE_FILTER_DEBOUNCE_MS));
  const { records, totalCount, loading, error, retry, refresh, pagination } = useFindManyPeople({
    filter,
  });
  const whopConnections = useFindManyWhopConnections();

  useRefreshOnWhopImportProgress(refresh);

  return (
    <RecordIndexPage
      title="People"
      Icon={IconUser}
      count={totalCount}
      actions={<WhopImportProgress whopConnections={whopConnections.whopConnections} />}
    >
      <PeopleFilterBar />
      <RecordTable
        label="People"
        columns={PEOPLE_TABLE_COLUMNS}
        records={records}
        loading={loading}
        error={error}
        onRetry={retry}
        pagination={pagination}
        emptyState={
          isDefined(filter) ? (
            <RecordTableNoMatchState
              objectLabelPlural="people"
              onClearFilters={() => setPeopleFilters(DEFAULT_PEOPLE_FILTERS)}
            />
          ) : (
            <WhopImportEmptyState
              whopConnections={whopConnections}
              Icon={IconUser}
              title="No people yet"
              whopRecordsLabel="members"
              notConnectedDescription="Connect Whop in Settings → Integrations to import your customers."
              notConnectedActionLabel="Go to Integrations"
              notConnectedActionTo={getSettingsPath(SettingsPath.Integrations)}
            />
          )
        }
      />
    </RecordIndexPage>
  );
};
