import { act } from '@testing-library/react';
import { createStore } from 'jotai';
import { RESET } from 'jotai/utils';
import { describe, expect, it } from 'vitest';

import { SessionStateResetOnSignOutEffect } from '@/auth/components/SessionStateResetOnSignOutEffect';
import { authTokenState } from '@/auth/states/authTokenState';
import { DEFAULT_OPPORTUNITIES_FILTERS } from '@/opportunities/constants/DefaultOpportunitiesFilters';
import { opportunitiesFiltersState } from '@/opportunities/states/opportunitiesFiltersState';
import { DEFAULT_PEOPLE_FILTERS } from '@/people/constants/DefaultPeopleFilters';
import { peopleFiltersState } from '@/people/states/peopleFiltersState';
import { whopSyncRequestsState } from '@/whop/states/whopSyncRequestsState';
import { renderWithProviders } from '~/testing/renderWithProviders';

describe('SessionStateResetOnSignOutEffect', () => {
  it('forgets the list filters and the awaited syncs of the session once it signs out', () => {
    const store = createStore();

    store.set(authTokenState, { accessToken: 'valid', expiresAt: '2099-01-01T00:00:00.000Z' });
    store.set(peopleFiltersState, { ...DEFAULT_PEOPLE_FILTERS, search: 'ada' });
    store.set(opportunitiesFiltersState, {
      ...DEFAULT_OPPORTUNITIES_FILTERS,
      whopProductId: 'product-1',
    });
    store.set(whopSyncRequestsState, {
      'connection-1': {
        type: 'FULL',
        requestedAt: 1,
        hasTimedOut: false,
        lastFullSyncAt: null,
        lastIncrementalSyncAt: null,
        lastSyncError: null,
        runStartedAt: null,
      },
    });
    renderWithProviders(<SessionStateResetOnSignOutEffect />, { store });

    expect(store.get(peopleFiltersState).search).toBe('ada');
    act(() => store.set(authTokenState, RESET));

    expect(store.get(peopleFiltersState)).toEqual(DEFAULT_PEOPLE_FILTERS);
    expect(store.get(opportunitiesFiltersState)).toEqual(DEFAULT_OPPORTUNITIES_FILTERS);
    expect(store.get(whopSyncRequestsState)).toEqual({});
  });
});
