import { IconLayoutKanban, IconTable, IconTargetArrow } from '@tabler/icons-react';
import { useAtom } from 'jotai';
import { isDefined } from 'twenty-shared';

import { RecordIndexPage } from '@/object-record/record-index/components/RecordIndexPage';
import { RecordTableNoMatchState } from '@/object-record/record-table/components/RecordTableNoMatchState';
import { OpportunitiesBoard } from '@/opportunities/components/OpportunitiesBoard';
import { OpportunitiesFilterBar } from '@/opportunities/components/OpportunitiesFilterBar';
import { OpportunitiesTable } from '@/opportunities/components/OpportunitiesTable';
import { DEFAULT_OPPORTUNITIES_FILTERS } from '@/opportunities/constants/DefaultOpportunitiesFilters';
import { useFindManyOpportunities } from '@/opportunities/hooks/useFindManyOpportunities';
import { opportunitiesFiltersState } from '@/opportunities/states/opportunitiesFiltersState';
import { opportunitiesViewTypeState } from '@/opportunities/states/opportunitiesViewTypeState';
import { buildOpportunityFilter } from '@/opportunities/utils/buildOpportunityFilter';
import { getSettingsPath } from '@/settings/utils/getSettingsPath';
import { SettingsPath } from '@/types/SettingsPath';
import { SegmentedControl } from '@/ui/input/components/SegmentedControl';
import { WhopImportEmptyState } from '@/whop/components/WhopImportEmptyState';
import { WhopImportProgress } from '@/whop/components/WhopImportProgress';
import { useFindManyWhopConnections } from '@/whop/hooks/useFindManyWhopConnections';
import { useRefreshOnWhopImportProgress } from '@/whop/hooks/useRefreshOnWhopImportProgress';

export const OpportunitiesPage = () => {
  const [viewType, setViewType] = useAtom(opportunitiesViewTypeState);
  const [opportunitiesFilters, setOpportunitiesFilters] = useAtom(opportunitiesFiltersState);
  const filter = buildOpportunityFilter(opportunitiesFilters);
  const { records, totalCount, loading, error, retry, refresh, pagination } =
    useFindManyOpportunities({
      filter,
    });
  const whopConnections = useFindManyWhopConnections();

  useRefreshOnWhopImportProgress(refresh);

  return (
    <RecordIndexPage
      title="Opportunities"
      Icon={IconTargetArrow}
      count={totalCount}
      actions={
        <>
          <WhopImportProgress whopConnections={whopConnections.whopConnections} />
          <SegmentedControl
            ariaLabel="View"
            value={viewType}
            options={[
              { value: 'table', label: 'Table', Icon: IconTable },
              { value: 'kanban', label: 'Kanban', Icon: IconLayoutKanban },
            ]}
            onChange={setViewType}
          />
        </>
      }
    >
      <OpportunitiesFilterBar />
      {viewType === 'kanban' ? (
        <OpportunitiesBoard filters={opportunitiesFilters} />
      ) : (
        <OpportunitiesTable
          records={records}
          loading={loading}
          error={error}
          onRetry={retry}
          pagination={pagination}
          emptyState={
            isDefined(filter) ? (
              <RecordTableNoMatchState
                objectLabelPlural="opportunities"
                onClearFilters={() => setOpportunitiesFilters(DEFAULT_OPPORTUNITIES_FILTERS)}
              />
            ) : (
              <WhopImportEmptyState
                whopConnections={whopConnections}
                Icon={IconTargetArrow}
                title="No opportunities yet"
                whopRecordsLabel="memberships"
                notConnectedDescription="Connect Whop in Settings → Integrations to import your customers' memberships as opportunities."
                notConnectedActionLabel="Go to Integrations"
                notConnectedActionTo={getSettingsPath(SettingsPath.Integrations)}
              />
            )
          }
        />
      )}
    </RecordIndexPage>
  );
};
