import { IconCoins, IconFilter, IconSearch } from '@tabler/icons-react';
import { useAtom } from 'jotai';

import { RecordFilterBar } from '@/object-record/record-filter/components/RecordFilterBar';
import { convertAmountToMicros } from '@/object-record/utils/convertAmountToMicros';
import { DEFAULT_PEOPLE_FILTERS } from '@/people/constants/DefaultPeopleFilters';
import { PEOPLE_FILTER_DEBOUNCE_MS } from '@/people/constants/PeopleFilterDebounceMs';
import { PEOPLE_WHOP_STATUS_FILTER_OPTIONS } from '@/people/constants/PeopleWhopStatusFilterOptions';
import { peopleFiltersState } from '@/people/states/peopleFiltersState';
import type { PeopleWhopStatusFilter } from '@/people/types/PeopleFilters';
import { InlineTextInput } from '@/ui/input/components/InlineTextInput';
import { Select } from '@/ui/input/components/Select';
import { useDebouncedValue } from '@/ui/utilities/hooks/useDebouncedValue';

const WHOP_STATUS_OPTIONS = Object.entries(PEOPLE_WHOP_STATUS_FILTER_OPTIONS).map(
  ([value, { label }]) => ({
    value: value as PeopleWhopStatusFilter,
    label,
  }),
);

export const PeopleFilterBar = () => {
  const [peopleFilters, setPeopleFilters] = useAtom(peopleFiltersState);
  const isFiltered = JSON.stringify(peopleFilters) !== JSON.stringify(DEFAULT_PEOPLE_FILTERS);
  // Judged once typing pauses, as the filter applies: "49." on its way to "49.99" is no error.
  const typedMinLifetimeValue = useDebouncedValue(
    peopleFilters.minLifetimeValue,
    PEOPLE_FILTER_DEBOUNCE_MS,
  );
  const isMinLifetimeValueUnreadable =
    typedMinLifetimeValue.trim() !== '' && convertAmountToMicros(typedMinLifetimeValue) === null;

  return (
    <RecordFilterBar
      label="Filter people"
      onReset={isFiltered ? () => setPeopleFilters(DEFAULT_PEOPLE_FILTERS) : undefined}
    >
      <Select
        ariaLabel="Whop status"
        Icon={IconFilter}
        value={peopleFilters.whopStatus}
        options={WHOP_STATUS_OPTIONS}
        onChange={(whopStatus) => setPeopleFilters((filters) => ({ ...filters, whopStatus }))}
      />
      <InlineTextInput
        ariaLabel="Minimum lifetime value"
        placeholder="Min. lifetime value"
        inputMode="decimal"
        // Compared with the first amount a customer's row shows (USD when they paid in USD), in
        // that currency.
        Icon={IconCoins}
        width={170}
        error={
          isMinLifetimeValueUnreadable ? 'Not an amount: type one like 1000 or 49.99' : undefined
        }
        value={peopleFilters.minLifetimeValue}
        onChange={(minLifetimeValue) =>
          setPeopleFilters((filters) => ({ ...filters, minLifetimeValue }))
        }
      />
      <InlineTextInput
        ariaLabel="Search people by name, email or Whop username"
        placeholder="Name, email or username"
        Icon={IconSearch}
        width={220}
        value={peopleFilters.search}
        onChange={(search) => setPeopleFilters((filters) => ({ ...filters, search }))}
      />
    </RecordFilterBar>
  );
};
