import type { MockedResponse } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createStore } from 'jotai';
import { describe, expect, it } from 'vitest';

import { createApolloCache } from '@/apollo/utils/createApolloCache';
import { authTokenState } from '@/auth/states/authTokenState';
import { FIND_MANY_PEOPLE } from '@/people/graphql/queries/findManyPeople';
import type { WhopConnection } from '@/whop/types/WhopConnection';
import { PeoplePage } from '~/pages/object-record/PeoplePage';
import { buildFindManyWhopConnectionsMock } from '~/testing/mock-data/buildFindManyWhopConnectionsMock';
import { buildMockPerson } from '~/testing/mock-data/buildMockPerson';
import { buildMockRecordConnection } from '~/testing/mock-data/buildMockRecordConnection';
import { buildMockWhopConnection } from '~/testing/mock-data/buildMockWhopConnection';
import { renderWithProviders } from '~/testing/renderWithProviders';

const FIRST_PAGE_VARIABLES = {
  first: 50,
  orderBy: [{ field: 'createdAt', direction: 'DescNullsLast' }],
};

const buildPeopleResult = (
  people: ReturnType<typeof buildMockPerson>[],
  { hasNextPage, totalCount }: { hasNextPage: boolean; totalCount: number },
) => ({
  data: {
    people: buildMockRecordConnection('Person', people, {
      hasNextPage,
      totalCount,
    }),
  },
});

const renderPeoplePage = (mocks: MockedResponse[], whopConnections: WhopConnection[] = []) => {
  const store = createStore();
  store.set(authTokenState, {
    accessToken: 'token',
    expiresAt: '2099-01-01T00:00:00.000Z',
  });

  return renderWithProviders(<PeoplePage />, {
    mocks: [...mocks, buildFindManyWhopConnectionsMock(whopConnections)],
    store,
    cache: createApolloCache(),
  });
};

describe('PeoplePage', () => {
  it('shows the people, the total count, and appends the next page on Load more', async () => {
    renderPeoplePage([
      {
        request: { query: FIND_MANY_PEOPLE, variables: FIRST_PAGE_VARIABLES },
        result: buildPeopleResult([buildMockPerson('1', 'Ada', 'Lovelace')], {
          hasNextPage: true,
          totalCount: 1234,
        }),
      },
      {
        request: {
          query: FIND_MANY_PEOPLE,
          variables: { ...FIRST_PAGE_VARIABLES, after: 'cursor-1' },
        },
        result: buildPeopleResult([buildMockPerson('2', 'Grace', 'Hopper')], {
          hasNextPage: false,
          totalCount: 1234,
        }),
      },
    ]);

    expect(await screen.findByText('Ada Lovelace')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('People · 1,234');
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
          totalCount: 0,
        }),
      },
    ]);

    expect(await screen.findByText('No people yet')).toBeTruthy();
    expect(
      await screen.findByText('Connect Whop in Settings → Integrations to import your customers.'),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to Integrations' }).getAttribute('href')).toBe(
      '/settings/integrations',
    );
  });

  it('says the customers are on their way while the first Whop import runs', async () => {
    renderPeoplePage(
      [
        {
          request: { query: FIND_MANY_PEOPLE, variables: FIRST_PAGE_VARIABLES },
          result: buildPeopleResult([], { hasNextPage: false, totalCount: 0 }),
        },
      ],
      [buildMockWhopConnection({ syncStatus: 'NOT_SYNCED', syncStage: 'FULL_SYNC_PENDING' })],
    );

    expect(
      await screen.findByText(
        'Importing from Whop… Your members appear here as the import brings them in.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('No people yet')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Follow the import' }).getAttribute('href')).toBe(
      '/settings/integrations/whop',
    );
    expect(screen.queryByRole('link', { name: 'Go to Integrations' })).toBeNull();
  });

  it('retries after a failed load', async () => {
    renderPeoplePage([
      {
        request: { query: FIND_MANY_PEOPLE, variables: FIRST_PAGE_VARIABLES },
        error: new Error('Server unavailable'),
      },
      {
        request: { query: FIND_MANY_PEOPLE, variables: FIRST_PAGE_VARIABLES },
        result: buildPeopleResult([buildMockPerson('1', 'Ada', 'Lovelace')], {
          hasNextPage: false,
          totalCount: 1,
        }),
      },
    ]);

    expect((await screen.findByRole('alert')).textContent).toContain("Can't reach the server");
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByText('Ada Lovelace')).toBeTruthy();
  });

  it('shows the Whop columns, in the customer currency, and links the name to the person page', async () => {
    renderPeoplePage([
      {
        request: { query: FIND_MANY_PEOPLE, variables: FIRST_PAGE_VARIABLES },
        result: buildPeopleResult(
          [
            buildMockPerson('person-1', 'Ada', 'Lovelace', {
              whopUserId: 'user_ada',
              whopUsername: 'ada',
              whopLifetimeValue: {
                __typename: 'Currency',
                amountMicros: '1249500000',
                currencyCode: 'EUR',
              },
              whopLifetimeValues: [
                { __typename: 'Currency', amountMicros: '1249500000', currencyCode: 'EUR' },
              ],
              whopActiveMemberships: 2,
            }),
          ],
          { hasNextPage: false, totalCount: 1 },
        ),
      },
    ]);

    const row = (await screen.findByText('Ada Lovelace')).closest('tr');
    expect(row).not.toBeNull();
    const cells = within(row as HTMLElement);
    expect(cells.getByText('ada')).toBeTruthy();
    expect(cells.getByText('€1,249.50')).toBeTruthy();
    expect(cells.getByText('2')).toBeTruthy();
    expect(cells.getByRole('link', { name: /Ada Lovelace/ }).getAttribute('href')).toBe(
      '/object/person/person-1',
    );
  });

  it('narrows the list to Whop customers worth at least the typed lifetime value', async () => {
    renderPeoplePage([
      {
        request: { query: FIND_MANY_PEOPLE, variables: FIRST_PAGE_VARIABLES },
        result: buildPeopleResult(
          [buildMockPerson('1', 'Ada', 'Lovelace'), buildMockPerson('2', 'Grace', 'Hopper')],
          { hasNextPage: false, totalCount: 2 },
        ),
      },
      {
        request: {
          query: FIND_MANY_PEOPLE,
          variables: {
            ...FIRST_PAGE_VARIABLES,
            filter: {
              whopUserId: { is: 'NOT_NULL' },
              whopLifetimeValueAmountMicros: { gte: 100_000_000 },
            },
          },
        },
        result: buildPeopleResult([buildMockPerson('2', 'Grace', 'Hopper')], {
          hasNextPage: false,
          totalCount: 1,
        }),
      },
    ]);

    expect(await screen.findByText('Ada Lovelace')).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Whop status' }), {
      target: { value: 'whopCustomers' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Minimum lifetime value' }), {
      target: { value: '100' },
    });

    await waitFor(() => expect(screen.queryByText('Ada Lovelace')).toBeNull());
    expect(await screen.findByText('Grace Hopper')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('People · 1');
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeTruthy();
  });

  it('says a lifetime value it cannot read is not an amount, rather than leave the list unfiltered without a word', async () => {
    renderPeoplePage([
      {
        request: { query: FIND_MANY_PEOPLE, variables: FIRST_PAGE_VARIABLES },
        result: buildPeopleResult([buildMockPerson('1', 'Ada', 'Lovelace')], {
          hasNextPage: false,
          totalCount: 1,
        }),
      },
    ]);

    expect(await screen.findByText('Ada Lovelace')).toBeTruthy();
    const input = screen.getByRole('textbox', { name: 'Minimum lifetime value' });

    fireEvent.change(input, { target: { value: '$100' } });
    // Judged once typing pauses.
    expect(input.getAttribute('aria-invalid')).toBe('false');
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Not an amount: type one like 1000 or 49.99',
    );

    fireEvent.change(input, { target: { value: '1,000' } });
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('false'));
    expect(screen.queryByText(/Not an amount/)).toBeNull();
  });
});
