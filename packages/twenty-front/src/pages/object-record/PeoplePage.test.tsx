import type { MockedResponse } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { createStore } from 'jotai';
import { describe, expect, it } from 'vitest';

import { createApolloCache } from '@/apollo/utils/createApolloCache';
import { authTokenState } from '@/auth/states/authTokenState';
import { FIND_MANY_PEOPLE } from '@/people/graphql/queries/findManyPeople';
import { PeoplePage } from '~/pages/object-record/PeoplePage';
import { renderWithProviders } from '~/testing/renderWithProviders';

const FIRST_PAGE_VARIABLES = {
  first: 50,
  orderBy: [{ field: 'createdAt', direction: 'DescNullsLast' }],
};

const buildPerson = (id: string, firstName: string, lastName: string) => ({
  __typename: 'Person',
  id,
  name: { __typename: 'FullName', firstName, lastName },
  emails: {
    __typename: 'Emails',
    primaryEmail: `${firstName.toLowerCase()}@example.com`,
  },
  phones: {
    __typename: 'Phones',
    primaryPhoneNumber: '415 555 0100',
    primaryPhoneCountryCode: '+1',
  },
  jobTitle: 'Founder',
  city: 'Paris',
  avatarUrl: null,
  createdAt: '2025-03-14T10:00:00.000Z',
});

const buildPeopleResult = (
  people: ReturnType<typeof buildPerson>[],
  {
    hasNextPage,
    endCursor,
    totalCount,
  }: { hasNextPage: boolean; endCursor: string; totalCount: number },
) => ({
  data: {
    people: {
      __typename: 'PersonConnection',
      edges: people.map((node) => ({
        __typename: 'PersonEdge',
        cursor: `cursor-${node.id}`,
        node,
      })),
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
      totalCount,
    },
  },
});

const renderPeoplePage = (mocks: MockedResponse[]) => {
  const store = createStore();
  store.set(authTokenState, {
    accessToken: 'token',
    expiresAt: '2099-01-01T00:00:00.000Z',
  });

  return renderWithProviders(<PeoplePage />, {
    mocks,
    store,
    cache: createApolloCache(),
  });
};

describe('PeoplePage', () => {
  it('shows the people, the total count, and appends the next page on Load more', async () => {
    renderPeoplePage([
      {
        request: { query: FIND_MANY_PEOPLE, variables: FIRST_PAGE_VARIABLES },
        result: buildPeopleResult([buildPerson('1', 'Ada', 'Lovelace')], {
          hasNextPage: true,
          endCursor: 'cursor-1',
          totalCount: 1234,
        }),
      },
      {
        request: {
          query: FIND_MANY_PEOPLE,
          variables: { ...FIRST_PAGE_VARIABLES, after: 'cursor-1' },
        },
        result: buildPeopleResult([buildPerson('2', 'Grace', 'Hopper')], {
          hasNextPage: false,
          endCursor: 'cursor-2',
          totalCount: 1234,
        }),
      },
    ]);

    expect(await screen.findByText('Ada Lovelace')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'People · 1,234',
    );
    const firstRow = screen.getAllByRole('row')[1];
    expect(within(firstRow).getByText('ada@example.com')).toBeTruthy();
    expect(within(firstRow).getByText('+1 415 555 0100')).toBeTruthy();
    expect(within(firstRow).getByText('Mar 14, 2025')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('Grace Hopper')).toBeTruthy();
    expect(screen.getByText('Ada Lovelace')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('explains how to import people when there are none', async () => {
    renderPeoplePage([
      {
        request: { query: FIND_MANY_PEOPLE, variables: FIRST_PAGE_VARIABLES },
        result: buildPeopleResult([], {
          hasNextPage: false,
          endCursor: '',
          totalCount: 0,
        }),
      },
    ]);

    expect(await screen.findByText('No people yet')).toBeTruthy();
    expect(
      screen.getByText(
        'Connect Whop in Settings → Integrations to import your customers.',
      ),
    ).toBeTruthy();
    expect(
      screen
        .getByRole('link', { name: 'Go to Integrations' })
        .getAttribute('href'),
    ).toBe('/settings/integrations');
  });

  it('retries after a failed load', async () => {
    renderPeoplePage([
      {
        request: { query: FIND_MANY_PEOPLE, variables: FIRST_PAGE_VARIABLES },
        error: new Error('Server unavailable'),
      },
      {
        request: { query: FIND_MANY_PEOPLE, variables: FIRST_PAGE_VARIABLES },
        result: buildPeopleResult([buildPerson('1', 'Ada', 'Lovelace')], {
          hasNextPage: false,
          endCursor: 'cursor-1',
          totalCount: 1,
        }),
      },
    ]);

    expect((await screen.findByRole('alert')).textContent).toContain(
      'Server unavailable',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByText('Ada Lovelace')).toBeTruthy();
  });
});
