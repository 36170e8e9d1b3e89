import type { MockedResponse } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { createApolloCache } from '@/apollo/utils/createApolloCache';
import { OpportunitiesBoard } from '@/opportunities/components/OpportunitiesBoard';
import { DEFAULT_OPPORTUNITIES_FILTERS } from '@/opportunities/constants/DefaultOpportunitiesFilters';
import { FIND_MANY_OPPORTUNITIES } from '@/opportunities/graphql/queries/findManyOpportunities';
import type { OpportunitiesFilters } from '@/opportunities/types/OpportunitiesFilters';
import { WHOP_MEMBERSHIP_STATUSES } from '@/whop/constants/WhopMembershipStatuses';
import { buildMockOpportunity } from '~/testing/mock-data/buildMockOpportunity';
import { buildMockPerson } from '~/testing/mock-data/buildMockPerson';
import { buildMockRecordConnection } from '~/testing/mock-data/buildMockRecordConnection';
import { buildPersonNamesByIdsMock } from '~/testing/mock-data/buildPersonNamesByIdsMock';
import { buildWhopProductNamesMock } from '~/testing/mock-data/buildWhopProductNamesMock';
import { renderWithProviders } from '~/testing/renderWithProviders';
import { getPersonNameBusyState } from '~/testing/utils/getPersonNameBusyState';

const ORDER_BY = [{ field: 'createdAt', direction: 'DescNullsLast' }];

const OPPORTUNITIES_BY_STATUS: Record<string, ReturnType<typeof buildMockOpportunity>[]> = {
  active: [
    buildMockOpportunity('opportunity-1', 'Pro — Ada Lovelace', {
      whopMembershipStatus: 'active',
      pointOfContactId: 'person-1',
      whopMrr: {
        __typename: 'Currency',
        amountMicros: '49000000',
        currencyCode: 'EUR',
      },
    }),
    buildMockOpportunity('opportunity-2', 'Pro — Grace Hopper', {
      whopMembershipStatus: 'active',
    }),
  ],
  past_due: [
    buildMockOpportunity('opportunity-3', 'Pro — Alan Turing', {
      whopMembershipStatus: 'past_due',
    }),
  ],
  canceled: [
    buildMockOpportunity('opportunity-4', 'Pro — Ada Byron', {
      whopMembershipStatus: 'canceled',
      whopMrr: { __typename: 'Currency', amountMicros: '0', currencyCode: 'USD' },
    }),
  ],
};

const buildColumnMock = (
  statusFilter: Record<string, unknown>,
  nodes: ReturnType<typeof buildMockOpportunity>[],
): MockedResponse => ({
  request: {
    query: FIND_MANY_OPPORTUNITIES,
    variables: {
      first: 20,
      filter: { whopMembershipStatus: statusFilter },
      orderBy: ORDER_BY,
    },
  },
  result: {
    data: { opportunities: buildMockRecordConnection('Opportunity', nodes) },
  },
});

const BOARD_MOCKS: MockedResponse[] = [
  buildWhopProductNamesMock(),
  ...WHOP_MEMBERSHIP_STATUSES.map((status) =>
    buildColumnMock({ eq: status }, OPPORTUNITIES_BY_STATUS[status] ?? []),
  ),
  buildColumnMock({ is: 'NULL' }, []),
];

const PEOPLE_MOCK = buildPersonNamesByIdsMock([buildMockPerson('person-1', 'Ada', 'Lovelace')]);

const renderBoard = (
  filters: OpportunitiesFilters = DEFAULT_OPPORTUNITIES_FILTERS,
  peopleMock: MockedResponse = PEOPLE_MOCK,
) =>
  renderWithProviders(<OpportunitiesBoard filters={filters} />, {
    mocks: [...BOARD_MOCKS, peopleMock],
    cache: createApolloCache(),
  });

const findCard = (title: string) => screen.findByRole('link', { name: new RegExp(title) });

describe('OpportunitiesBoard', () => {
  it('puts each opportunity in the column of its Whop status and shows the empty columns', async () => {
    renderBoard();

    const activeColumn = screen.getByRole('region', { name: 'Active' });
    const activeCards = activeColumn.querySelector(':scope > div') as HTMLElement;
    expect(activeCards.getAttribute('aria-busy')).toBe('true');
    expect(await within(activeColumn).findByText('Pro — Ada Lovelace')).toBeTruthy();
    expect(activeCards.getAttribute('aria-busy')).toBe('false');
    expect(within(activeColumn).getByText('Pro — Grace Hopper')).toBeTruthy();
    expect(within(activeColumn).getByText('€49 / month')).toBeTruthy();
    expect(within(activeColumn).queryByText('Pro — Alan Turing')).toBeNull();

    const pastDueColumn = screen.getByRole('region', { name: 'Past due' });
    expect(await within(pastDueColumn).findByText('Pro — Alan Turing')).toBeTruthy();
    expect(within(pastDueColumn).queryByText('Pro — Ada Lovelace')).toBeNull();

    const canceledColumn = screen.getByRole('region', { name: 'Canceled' });
    expect(await within(canceledColumn).findByText('Pro — Ada Byron')).toBeTruthy();
    expect(within(canceledColumn).getByText('$49')).toBeTruthy();
    expect(within(canceledColumn).queryByText(/\/ month/)).toBeNull();

    const trialingColumn = screen.getByRole('region', { name: 'Trialing' });
    expect(await within(trialingColumn).findByText('None')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Payment failed' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Expired' })).toBeTruthy();

    const columnNames = screen
      .getAllByRole('heading', { level: 2 })
      .map((heading) => heading.getAttribute('aria-label'));
    expect(columnNames).toEqual([
      'Trialing',
      'Active',
      'Canceling',
      'Past due',
      'Payment failed',
      'Unresolved',
      'Completed',
      'Canceled',
      'Expired',
      'Drafted',
    ]);
    expect(
      within(activeColumn)
        .getByRole('link', { name: /Pro — Ada Lovelace/ })
        .getAttribute('href'),
    ).toBe('/object/opportunity/opportunity-1');
  });

  it('shows the Not from Whop column with its error when it cannot load, rather than hide it as empty', async () => {
    renderWithProviders(<OpportunitiesBoard filters={DEFAULT_OPPORTUNITIES_FILTERS} />, {
      mocks: [
        ...BOARD_MOCKS.slice(0, -1),
        { ...buildColumnMock({ is: 'NULL' }, []), result: undefined, error: new Error('Down') },
        PEOPLE_MOCK,
      ],
      cache: createApolloCache(),
    });

    expect(await screen.findByText(/Couldn't load this column/)).toBeTruthy();
    expect(screen.getByRole('alert').closest('section')?.getAttribute('aria-labelledby')).toBe(
      screen.getByRole('heading', { name: 'Not from Whop' }).id,
    );
  });

  it('shows a busy placeholder in place of the customer while the names load', async () => {
    renderBoard(DEFAULT_OPPORTUNITIES_FILTERS, { ...PEOPLE_MOCK, delay: Infinity });

    const card = await findCard('Pro — Ada Lovelace');
    expect(getPersonNameBusyState(card)).toBe('true');
    expect(within(card).queryByText('Ada Lovelace')).toBeNull();
    expect(
      within(await findCard('Pro — Grace Hopper')).queryByText("Loading the person's name"),
    ).toBeNull();
  });

  it('shows the customer on the card once the names are loaded', async () => {
    renderBoard();

    const card = await findCard('Pro — Ada Lovelace');
    expect(await within(card).findByText('Ada Lovelace')).toBeTruthy();
    expect(within(card).queryByText("Loading the person's name")).toBeNull();
  });

  it('shows only the chosen statuses when the board is filtered by status', async () => {
    renderBoard({
      whopMembershipStatuses: ['past_due', 'active'],
      whopProductId: null,
    });

    expect(
      await within(screen.getByRole('region', { name: 'Past due' })).findByText(
        'Pro — Alan Turing',
      ),
    ).toBeTruthy();
    expect(
      screen
        .getAllByRole('heading', { level: 2 })
        .map((heading) => heading.getAttribute('aria-label')),
    ).toEqual(['Active', 'Past due']);
  });
});
