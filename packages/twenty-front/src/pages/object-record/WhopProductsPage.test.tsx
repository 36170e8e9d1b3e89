import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { createApolloCache } from '@/apollo/utils/createApolloCache';
import { FIND_MANY_WHOP_PRODUCTS } from '@/whop/graphql/queries/findManyWhopProducts';
import { WhopProductsPage } from '~/pages/object-record/WhopProductsPage';
import { buildMockRecordConnection } from '~/testing/mock-data/buildMockRecordConnection';
import { buildMockWhopProduct } from '~/testing/mock-data/buildMockWhopProduct';
import { renderWithProviders } from '~/testing/renderWithProviders';

const renderPage = (products: ReturnType<typeof buildMockWhopProduct>[]) =>
  renderWithProviders(<WhopProductsPage />, {
    cache: createApolloCache(),
    mocks: [
      {
        request: {
          query: FIND_MANY_WHOP_PRODUCTS,
          variables: { first: 50, orderBy: [{ field: 'name', direction: 'AscNullsLast' }] },
        },
        result: { data: { whopProducts: buildMockRecordConnection('WhopProduct', products) } },
      },
    ],
  });

describe('WhopProductsPage', () => {
  it('shows each product with its description, visibility as Whop names it, and members', async () => {
    renderPage([
      buildMockWhopProduct('product-1'),
      buildMockWhopProduct('product-2', {
        name: 'Starter',
        description: null,
        visibility: 'quick_link',
        memberCount: 0,
      }),
    ]);

    const pro = (await screen.findByText('Pro Community')).closest('tr') as HTMLElement;
    expect(within(pro).getByText('Daily signals and a private chat.')).toBeTruthy();
    expect(within(pro).getByText('Visible')).toBeTruthy();
    expect(within(pro).getByText('42')).toBeTruthy();
    const starter = screen.getByText('Starter').closest('tr') as HTMLElement;
    expect(within(starter).getByText('Quick link')).toBeTruthy();
    expect(within(starter).getByText('0')).toBeTruthy();
  });

  it('offers to connect Whop when there are no products yet', async () => {
    renderPage([]);

    expect(await screen.findByText('No Whop products yet')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Connect Whop' }).getAttribute('href')).toBe(
      '/settings/integrations/whop',
    );
  });
});
