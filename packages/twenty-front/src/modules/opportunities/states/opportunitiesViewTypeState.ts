import { atomWithStorage } from 'jotai/utils';

import type { OpportunitiesViewType } from '@/opportunities/types/OpportunitiesViewType';

export const opportunitiesViewTypeState = atomWithStorage<OpportunitiesViewType>(
  'twenty.opportunities.viewType',
  'table',
  undefined,
  { getOnInit: true },
);
