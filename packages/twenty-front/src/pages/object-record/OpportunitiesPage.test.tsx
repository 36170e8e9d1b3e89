import { screen, within } from '@testing-library/react';
import { createStore } from 'jotai';
import { describe, expect, it } from 'vitest';

import { createApolloCache } from '@/apollo/utils/createApolloCache';
import { authTokenState } from '@/auth/states/authTokenState';
import { FIND_MANY_OPPORTUNITIES } from '@/opportunities/graphql/queries/findManyOpportunities';
import { OpportunitiesPage } from '~/pages/object-record/OpportunitiesPage';
import { renderWithProviders } from '~/testing/renderWithProviders';

describe('OpportunitiesPage', () => {
  it('formats the amount in its currency and shows the stage as a tag', async () => {
    const store = createStore();
    store.set(authTokenState, {
      accessToken: 'token',
      expiresAt: '2099-01-01T00:00:00.000Z',
    });

    renderWithProviders(<OpportunitiesPage />, {
      store,
      cache: createApolloCache(),
      mocks: [
        {
          request: {
            query: FIND_MANY_OPPORTUNITIES,
            variables: {
              first: 50,
              orderBy: [{ field: 'createdAt', direction: 'DescNullsLast' }],
            },
          },
          result: {
            data: {
              opportunities: {
                __typename: 'OpportunityConnection',
                edges: [
                  {
                    __typename: 'OpportunityEdge',
                    cursor: 'cursor-1',
                    node: {
                      __typename: 'Opportunity',
                      id: 'opportunity-1',
                      name: 'Pro plan — Ada Lovelace',
                      amount: {
                        __typename: 'Currency',
                        amountMicros: '1499990000',
                        currencyCode: 'EUR',
                      },
                      stage: 'CUSTOMER',
                      closeDate: null,
                      createdAt: '2025-03-14T10:00:00.000Z',
                    },
                  },
                ],
                pageInfo: {
                  __typename: 'PageInfo',
                  hasNextPage: false,
                  endCursor: 'cursor-1',
                },
                totalCount: 1,
              },
            },
          },
        },
      ],
    });

    const row = (await screen.findByText('Pro plan — Ada Lovelace')).closest(
      'tr',
    );
    expect(row).not.toBeNull();
    expect(within(row as HTMLElement).getByText('€1,499.99')).toBeTruthy();
    expect(within(row as HTMLElement).getByText('Customer')).toBeTruthy();
  });
});
