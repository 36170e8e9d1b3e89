import type { MockedResponse } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { createStore } from 'jotai';
import { describe, expect, it } from 'vitest';

import { createApolloCache } from '@/apollo/utils/createApolloCache';
import { authTokenState } from '@/auth/states/authTokenState';
import { FIND_MANY_OPPORTUNITIES } from '@/opportunities/graphql/queries/findManyOpportunities';
import type { WhopConnection } from '@/whop/types/WhopConnection';
import { OpportunitiesPage } from '~/pages/object-record/OpportunitiesPage';
import { buildFindManyWhopConnectionsMock } from '~/testing/mock-data/buildFindManyWhopConnectionsMock';
import { buildMockOpportunity } from '~/testing/mock-data/buildMockOpportunity';
import { buildMockPerson } from '~/testing/mock-data/buildMockPerson';
import { buildMockRecordConnection } from '~/testing/mock-data/buildMockRecordConnection';
import { buildMockWhopConnection } from '~/testing/mock-data/buildMockWhopConnection';
import { buildMockWhopProduct } from '~/testing/mock-data/buildMockWhopProduct';
import { buildPersonNamesByIdsMock } from '~/testing/mock-data/buildPersonNamesByIdsMock';
import { buildWhopProductNamesMock } from '~/testing/mock-data/buildWhopProductNamesMock';
import { renderWithProviders } from '~/testing/renderWithProviders';
import { getPersonNameBusyState } from '~/testing/utils/getPersonNameBusyState';

const WHOP_PRODUCTS_MOCK = buildWhopProductNamesMock([
  buildMockWhopProduct('product-1', { name: 'Pro plan', description: null, memberCount: 12 }),
]);

const PEOPLE_MOCK = buildPersonNamesByIdsMock([buildMockPerson('person-1', 'Ada', 'Lovelace')]);

const OPPORTUNITIES_REQUEST: MockedResponse['request'] = {
  query: FIND_MANY_OPPORTUNITIES,
  variables: {
    first: 50,
    orderBy: [{ field: 'createdAt', direction: 'DescNullsLast' }],
  },
};

const NO_OPPORTUNITIES_MOCK: MockedResponse = {
  request: OPPORTUNITIES_REQUEST,
  result: { data: { opportunities: buildMockRecordConnection('Opportunity', []) } },
};

const OPPORTUNITIES_MOCK: MockedResponse = {
  request: OPPORTUNITIES_REQUEST,
  result: {
    data: {
      opportunities: buildMockRecordConnection('Opportunity', [
        buildMockOpportunity('opportunity-1', 'Pro plan — Ada Lovelace', {
          amount: {
            __typename: 'Currency',
            amountMicros: '1499990000',
            currencyCode: 'EUR',
          },
          whopMrr: {
            __typename: 'Currency',
            amountMicros: '49000000',
            currencyCode: 'EUR',
          },
          whopMembershipStatus: 'past_due',
          whopRenewalDate: '2026-01-03T12:00:00.000Z',
          whopProductId: 'product-1',
          pointOfContactId: 'person-1',
        }),
      ]),
    },
  },
};

const renderPage = (
  peopleMock: MockedResponse = PEOPLE_MOCK,
  opportunitiesMock: MockedResponse = OPPORTUNITIES_MOCK,
  whopConnections: WhopConnection[] = [buildMockWhopConnection()],
) => {
  const store = createStore();
  store.set(authTokenState, {
    accessToken: 'token',
    expiresAt: '2099-01-01T00:00:00.000Z',
  });

  return renderWithProviders(<OpportunitiesPage />, {
    store,
    cache: createApolloCache(),
    mocks: [
      WHOP_PRODUCTS_MOCK,
      peopleMock,
      opportunitiesMock,
      buildFindManyWhopConnectionsMock(whopConnections),
    ],
  });
};

const findOpportunityRow = async () =>
  (await screen.findByText('Pro plan — Ada Lovelace')).closest('tr') as HTMLElement;

describe('OpportunitiesPage', () => {
  it('shows the customer, the Whop status, the product, the amounts in their currency and what the renewal date is', async () => {
    renderPage();

    const row = await findOpportunityRow();
    expect(row).not.toBeNull();
    expect(within(row).getByText('€1,499.99')).toBeTruthy();
    expect(within(row).getByText('€49')).toBeTruthy();
    expect(within(row).getByText('Customer')).toBeTruthy();
    expect(within(row).getByText('Past due')).toBeTruthy();
    expect(within(row).getByText('Unpaid since Jan 3, 2026')).toBeTruthy();
    expect(await within(row).findByText('Pro plan')).toBeTruthy();
    expect(
      (await within(row).findByRole('link', { name: 'Ada Lovelace' })).getAttribute('href'),
    ).toBe('/object/person/person-1');
    expect(within(row).queryByText("Loading the person's name")).toBeNull();
    expect(
      within(row)
        .getByRole('link', { name: /Pro plan — Ada Lovelace/ })
        .getAttribute('href'),
    ).toBe('/object/opportunity/opportunity-1');
  });

  it('links the Customer cell by a label of its own when the name cannot be read', async () => {
    renderPage({
      ...PEOPLE_MOCK,
      result: undefined,
      error: new Error('Network error'),
    });

    const row = await findOpportunityRow();
    expect(
      (await within(row).findByRole('link', { name: 'Open customer' })).getAttribute('href'),
    ).toBe('/object/person/person-1');
  });

  it('shows a busy placeholder in the Customer cell while the names load', async () => {
    renderPage({ ...PEOPLE_MOCK, delay: Infinity });

    const row = await findOpportunityRow();
    expect(getPersonNameBusyState(row)).toBe('true');
    expect(within(row).queryByRole('link', { name: 'Ada Lovelace' })).toBeNull();
  });

  it('says the Whop company has no memberships once imported, without offering to connect Whop', async () => {
    renderPage(PEOPLE_MOCK, NO_OPPORTUNITIES_MOCK);

    expect(await screen.findByText('Your Whop company has no memberships yet.')).toBeTruthy();
    expect(screen.getByText('No opportunities yet')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Go to Integrations' })).toBeNull();
  });

  it('offers to connect Whop when no company is connected', async () => {
    renderPage(PEOPLE_MOCK, NO_OPPORTUNITIES_MOCK, []);

    expect(await screen.findByText('No opportunities yet')).toBeTruthy();
    expect(
      await screen.findByText(
        "Connect Whop in Settings → Integrations to import your customers' memberships as opportunities.",
      ),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to Integrations' }).getAttribute('href')).toBe(
      '/settings/integrations',
    );
  });
});
