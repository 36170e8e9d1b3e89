import type { PeopleFilters } from '@/people/types/PeopleFilters';

export const DEFAULT_PEOPLE_FILTERS: PeopleFilters = {
  whopStatus: 'all',
  minLifetimeValue: '',
  search: '',
};
