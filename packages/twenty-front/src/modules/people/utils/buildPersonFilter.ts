import { isDefined } from 'twenty-shared';

import { buildContainsFilterPattern } from '@/object-record/utils/buildContainsFilterPattern';
import { convertAmountToMicros } from '@/object-record/utils/convertAmountToMicros';
import { PEOPLE_WHOP_STATUS_FILTER_OPTIONS } from '@/people/constants/PeopleWhopStatusFilterOptions';
import type { PeopleFilters } from '@/people/types/PeopleFilters';
import type { PersonFilter } from '@/people/types/PersonFilter';

const SEARCHED_FIELDS = [
  'nameFirstName',
  'nameLastName',
  'emailsPrimaryEmail',
  'whopUsername',
] as const;

// Each word of the search in one of the searched fields: "emma hall" finds Emma Hall, and
// "emma@" her email.
const buildSearchFilter = (search: string): PersonFilter[] =>
  search
    .trim()
    .split(/\s+/u)
    .filter((word) => word !== '')
    .map((word) => ({
      or: SEARCHED_FIELDS.map((field) => ({
        [field]: { ilike: buildContainsFilterPattern(word) },
      })),
    }));

// The People filter bar's values as a `PersonFilterInput`; undefined when nothing narrows the list.
export const buildPersonFilter = ({
  whopStatus,
  minLifetimeValue,
  search,
}: PeopleFilters): PersonFilter | undefined => {
  const minLifetimeValueMicros = convertAmountToMicros(minLifetimeValue);
  const searchFilter = buildSearchFilter(search);
  const filter: PersonFilter = {
    ...PEOPLE_WHOP_STATUS_FILTER_OPTIONS[whopStatus].filter,
    ...(isDefined(minLifetimeValueMicros) &&
      minLifetimeValueMicros > 0 && {
        whopLifetimeValueAmountMicros: { gte: minLifetimeValueMicros },
      }),
    ...(searchFilter.length > 0 && { and: searchFilter }),
  };

  return Object.keys(filter).length === 0 ? undefined : filter;
};
