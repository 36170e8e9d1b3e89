import { atom } from 'jotai';

import { DEFAULT_OPPORTUNITIES_FILTERS } from '@/opportunities/constants/DefaultOpportunitiesFilters';
import type { OpportunitiesFilters } from '@/opportunities/types/OpportunitiesFilters';

export const opportunitiesFiltersState = atom<OpportunitiesFilters>(DEFAULT_OPPORTUNITIES_FILTERS);
