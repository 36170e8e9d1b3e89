import { IconPackage, IconTicket } from '@tabler/icons-react';
import { useAtom } from 'jotai';

import { RecordFilterBar } from '@/object-record/record-filter/components/RecordFilterBar';
import { DEFAULT_OPPORTUNITIES_FILTERS } from '@/opportunities/constants/DefaultOpportunitiesFilters';
import { opportunitiesFiltersState } from '@/opportunities/states/opportunitiesFiltersState';
import { MultiSelectDropdown } from '@/ui/input/components/MultiSelectDropdown';
import { Select } from '@/ui/input/components/Select';
import { WHOP_MEMBERSHIP_STATUS_OPTIONS } from '@/whop/constants/WhopMembershipStatusOptions';
import { WHOP_MEMBERSHIP_STATUSES } from '@/whop/constants/WhopMembershipStatuses';
import { useWhopProductNames } from '@/whop/hooks/useWhopProductNames';

const ALL_PRODUCTS = '';

const STATUS_OPTIONS = WHOP_MEMBERSHIP_STATUSES.map((status) => ({
  value: status,
  label: WHOP_MEMBERSHIP_STATUS_OPTIONS[status].label,
}));

export const OpportunitiesFilterBar = () => {
  const [opportunitiesFilters, setOpportunitiesFilters] = useAtom(opportunitiesFiltersState);
  const whopProductNames = useWhopProductNames();
  const isFiltered =
    opportunitiesFilters.whopMembershipStatuses.length > 0 ||
    opportunitiesFilters.whopProductId !== null;

  return (
    <RecordFilterBar
      label="Filter opportunities"
      onReset={
        isFiltered ? () => setOpportunitiesFilters(DEFAULT_OPPORTUNITIES_FILTERS) : undefined
      }
    >
      <MultiSelectDropdown
        label="Whop status"
        emptySelectionLabel="Any Whop status"
        Icon={IconTicket}
        options={STATUS_OPTIONS}
        selectedValues={opportunitiesFilters.whopMembershipStatuses}
        onChange={(whopMembershipStatuses) =>
          setOpportunitiesFilters((filters) => ({
            ...filters,
            whopMembershipStatuses,
          }))
        }
      />
      <Select
        ariaLabel="Whop product"
        Icon={IconPackage}
        value={opportunitiesFilters.whopProductId ?? ALL_PRODUCTS}
        options={[
          { value: ALL_PRODUCTS, label: 'Any product' },
          ...[...whopProductNames].map(([id, name]) => ({
            value: id,
            label: name,
          })),
        ]}
        onChange={(whopProductId) =>
          setOpportunitiesFilters((filters) => ({
            ...filters,
            whopProductId: whopProductId === ALL_PRODUCTS ? null : whopProductId,
          }))
        }
      />
    </RecordFilterBar>
  );
};
