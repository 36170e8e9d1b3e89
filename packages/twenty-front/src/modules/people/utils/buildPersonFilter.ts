import { isDefined } from 'twenty-shared';

import { buildContainsFilterPattern } from '@/object-record/utils/buildContainsFilterPattern';
import { convertAmountToMicros } from '@/object-record/utils/convertAmountToMicros';
import { PEOPLE_WHOP_STATUS_FILTER_OPTIONS } from '@/people/constants/PeopleWhopStatusFilterOptions';
import type { PeopleFilters } from '@/people/types/PeopleFilters';
import type { PersonFilter } from '@/people/types/PersonFilter';

// The People filter bar's values as a `PersonFilterInput`; undefined when nothing narrows the list.
export const buildPersonFilter = ({
  whopStatus,
  minLifetimeValue,
  whopUsername,
}: PeopleFilters): PersonFilter | undefined => {
  const minLifetimeValueMicros = convertAmountToMicros(minLifetimeValue);
  const trimmedUsername = whopUsername.trim();
  const filter: PersonFilter = {
    ...PEOPLE_WHOP_STATUS_FILTER_OPTIONS[whopStatus].filter,
    ...(isDefined(minLifetimeValueMicros) &&
      minLifetimeValueMicros > 0 && {
        whopLifetimeValueAmountMicros: { gte: minLifetimeValueMicros },
      }),
    ...(trimmedUsername !== '' && {
      whopUsername: { ilike: buildContainsFilterPattern(trimmedUsername) },
    }),
  };

  return Object.keys(filter).length === 0 ? undefined : filter;
};
