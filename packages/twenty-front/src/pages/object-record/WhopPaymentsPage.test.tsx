import type { MockedResponse } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { createApolloCache } from '@/apollo/utils/createApolloCache';
import { FIND_MANY_WHOP_CONNECTIONS } from '@/whop/graphql/queries/findManyWhopConnections';
import { FIND_MANY_WHOP_PAYMENTS } from '@/whop/graphql/queries/findManyWhopPayments';
import { WhopPaymentsPage } from '~/pages/object-record/WhopPaymentsPage';
import { buildFindManyWhopConnectionsMock } from '~/testing/mock-data/buildFindManyWhopConnectionsMock';
import { buildMockPerson } from '~/testing/mock-data/buildMockPerson';
import { buildMockRecordConnection } from '~/testing/mock-data/buildMockRecordConnection';
import { buildMockWhopConnection } from '~/testing/mock-data/buildMockWhopConnection';
import { buildMockWhopPayment } from '~/testing/mock-data/buildMockWhopPayment';
import { buildMockWhopProduct } from '~/testing/mock-data/buildMockWhopProduct';
import { buildPersonNamesByIdsMock } from '~/testing/mock-data/buildPersonNamesByIdsMock';
import { buildWhopProductNamesMock } from '~/testing/mock-data/buildWhopProductNamesMock';
import { renderWithProviders } from '~/testing/renderWithProviders';
import { getPersonNameBusyState } from '~/testing/utils/getPersonNameBusyState';

const buildPaymentsMock = (
  payments: ReturnType<typeof buildMockWhopPayment>[],
): MockedResponse => ({
  request: {
    query: FIND_MANY_WHOP_PAYMENTS,
    variables: {
      first: 50,
      orderBy: [{ field: 'whopCreatedAt', direction: 'DescNullsLast' }],
    },
  },
  result: { data: { whopPayments: buildMockRecordConnection('WhopPayment', payments) } },
});

const PAGE_MOCKS: MockedResponse[] = [
  buildWhopProductNamesMock(),
  buildFindManyWhopConnectionsMock([buildMockWhopConnection()]),
  buildPaymentsMock([
    buildMockWhopPayment('payment-1', { personId: 'person-1' }),
    buildMockWhopPayment('payment-2', {
      amount: {
        __typename: 'Currency',
        amountMicros: '99000000',
        currencyCode: 'EUR',
      },
    }),
    buildMockWhopPayment('payment-3', {
      amount: { __typename: 'Currency', amountMicros: '19000000', currencyCode: 'EUR' },
      status: 'open',
      substatus: 'failed',
      outcome: 'failed',
      paidAt: null,
      failureMessage: 'Your card was declined.',
      whopCreatedAt: '2025-03-10T10:00:00.000Z',
      nextPaymentAttemptAt: '2099-01-15T10:00:00.000Z',
    }),
  ]),
];

const PEOPLE_MOCK = buildPersonNamesByIdsMock([buildMockPerson('person-1', 'Ada', 'Lovelace')]);

const renderPage = (peopleMock: MockedResponse) =>
  renderWithProviders(<WhopPaymentsPage />, {
    mocks: [...PAGE_MOCKS, peopleMock],
    cache: createApolloCache(),
  });

const findPaymentRow = async (amount: string) =>
  (await screen.findByText(amount)).closest('tr') as HTMLElement;

describe('WhopPaymentsPage', () => {
  it('says the company has no payments once imported, without offering to connect Whop', async () => {
    renderWithProviders(<WhopPaymentsPage />, {
      mocks: [
        buildWhopProductNamesMock(),
        buildFindManyWhopConnectionsMock([buildMockWhopConnection()]),
        buildPaymentsMock([]),
      ],
      cache: createApolloCache(),
    });

    expect(await screen.findByText('Your Whop company has no payments yet.')).toBeTruthy();
    expect(screen.getByText('No Whop payments yet')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Connect Whop' })).toBeNull();
  });

  it('offers to connect Whop when no company is connected', async () => {
    renderWithProviders(<WhopPaymentsPage />, {
      mocks: [
        buildWhopProductNamesMock(),
        buildFindManyWhopConnectionsMock(),
        buildPaymentsMock([]),
      ],
      cache: createApolloCache(),
    });

    expect(await screen.findByText('No Whop payments yet')).toBeTruthy();
    expect((await screen.findByRole('link', { name: 'Connect Whop' })).getAttribute('href')).toBe(
      '/settings/integrations/whop',
    );
  });

  it('says when it cannot tell whether Whop is connected, and reads again on Retry', async () => {
    renderWithProviders(<WhopPaymentsPage />, {
      mocks: [
        buildWhopProductNamesMock(),
        { request: { query: FIND_MANY_WHOP_CONNECTIONS }, error: new Error('Failed to fetch') },
        buildFindManyWhopConnectionsMock([buildMockWhopConnection()]),
        buildPaymentsMock([]),
      ],
      cache: createApolloCache(),
    });

    expect(await screen.findByText("Couldn't check whether Whop is connected")).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByText('Your Whop company has no payments yet.')).toBeTruthy();
  });

  it('shows a busy placeholder in place of the customer while the names load', async () => {
    renderPage({ ...PEOPLE_MOCK, delay: Infinity });

    const row = await findPaymentRow('€49');
    expect(getPersonNameBusyState(row)).toBe('true');
    expect(within(row).queryByRole('link')).toBeNull();
    expect(within(await findPaymentRow('€99')).queryByText("Loading the person's name")).toBeNull();
  });

  it('shows the customer linking to their page once the names are loaded', async () => {
    renderPage(PEOPLE_MOCK);

    const row = await findPaymentRow('€49');
    expect(
      (await within(row).findByRole('link', { name: 'Ada Lovelace' })).getAttribute('href'),
    ).toBe('/object/person/person-1');
    expect(within(row).queryByText("Loading the person's name")).toBeNull();
  });

  it('dates a failed payment by its creation, and says when Whop retries it', async () => {
    renderPage(PEOPLE_MOCK);

    const row = await findPaymentRow('€19');
    expect(within(row).getByText('Failed')).toBeTruthy();
    expect(within(row).getByRole('time').getAttribute('dateTime')).toBe('2025-03-10T10:00:00.000Z');
    expect(within(row).getByText('Your card was declined. · next retry Jan 15, 2099')).toBeTruthy();
  });

  it('names a product of a catalog larger than a page', async () => {
    renderWithProviders(<WhopPaymentsPage />, {
      mocks: [
        buildWhopProductNamesMock([buildMockWhopProduct('product-1')], { hasNextPage: true }),
        buildWhopProductNamesMock(
          [buildMockWhopProduct('product-101', { name: 'Signals Yearly' })],
          { after: 'cursor-product-1' },
        ),
        buildFindManyWhopConnectionsMock([buildMockWhopConnection()]),
        buildPaymentsMock([buildMockWhopPayment('payment-1', { whopProductId: 'product-101' })]),
      ],
      cache: createApolloCache(),
    });

    const row = await findPaymentRow('€49');
    expect(await within(row).findByText('Signals Yearly')).toBeTruthy();
  });
});
