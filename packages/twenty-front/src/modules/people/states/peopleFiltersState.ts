import { atom } from 'jotai';

import { DEFAULT_PEOPLE_FILTERS } from '@/people/constants/DefaultPeopleFilters';
import type { PeopleFilters } from '@/people/types/PeopleFilters';

export const peopleFiltersState = atom<PeopleFilters>(DEFAULT_PEOPLE_FILTERS);
