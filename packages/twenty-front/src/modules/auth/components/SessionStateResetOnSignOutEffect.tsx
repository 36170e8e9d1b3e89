import { useSetAtom } from 'jotai';
import { useEffect } from 'react';

import { useIsSignedIn } from '@/auth/hooks/useIsSignedIn';
import { DEFAULT_OPPORTUNITIES_FILTERS } from '@/opportunities/constants/DefaultOpportunitiesFilters';
import { opportunitiesFiltersState } from '@/opportunities/states/opportunitiesFiltersState';
import { DEFAULT_PEOPLE_FILTERS } from '@/people/constants/DefaultPeopleFilters';
import { peopleFiltersState } from '@/people/states/peopleFiltersState';
import { whopSyncRequestsState } from '@/whop/states/whopSyncRequestsState';

// What one session set up for its workspace (the list filters, the syncs it waits for) is not the
// next one's: whoever signs in next, in this tab, maybe to another workspace, starts afresh.
export const SessionStateResetOnSignOutEffect = () => {
  const isSignedIn = useIsSignedIn();
  const setPeopleFilters = useSetAtom(peopleFiltersState);
  const setOpportunitiesFilters = useSetAtom(opportunitiesFiltersState);
  const setWhopSyncRequests = useSetAtom(whopSyncRequestsState);

  useEffect(() => {
    if (isSignedIn) return;
    setPeopleFilters(DEFAULT_PEOPLE_FILTERS);
    setOpportunitiesFilters(DEFAULT_OPPORTUNITIES_FILTERS);
    setWhopSyncRequests({});
  }, [isSignedIn, setPeopleFilters, setOpportunitiesFilters, setWhopSyncRequests]);

  return null;
};
