import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { createApolloCache } from '@/apollo/utils/createApolloCache';
import { WHOP_IMPORT_POLL_INTERVAL_MS } from '@/whop/constants/WhopImportPollIntervalMs';
import { FIND_MANY_WHOP_PRODUCTS } from '@/whop/graphql/queries/findManyWhopProducts';
import type { WhopConnection } from '@/whop/types/WhopConnection';
import { WhopProductsPage } from '~/pages/object-record/WhopProductsPage';
import { buildFindManyWhopConnectionsMock } from '~/testing/mock-data/buildFindManyWhopConnectionsMock';
import { buildMockRecordConnection } from '~/testing/mock-data/buildMockRecordConnection';
import { buildMockWhopConnection } from '~/testing/mock-data/buildMockWhopConnection';
import { buildMockWhopProduct } from '~/testing/mock-data/buildMockWhopProduct';
import { renderWithProviders } from '~/testing/renderWithProviders';

const renderPage = (
  products: ReturnType<typeof buildMockWhopProduct>[],
  whopConnections: WhopConnection[] = [],
) =>
  renderWithProviders(<WhopProductsPage />, {
    cache: createApolloCache(),
    mocks: [
      buildFindManyWhopConnectionsMock(whopConnections),
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

  it('offers to connect Whop when no company is connected', async () => {
    renderPage([]);

    expect(await screen.findByText('No Whop products yet')).toBeTruthy();
    expect(
      await screen.findByText('Connect Whop to import your products along with your customers.'),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Connect Whop' }).getAttribute('href')).toBe(
      '/settings/integrations/whop',
    );
  });

  it('says the first import is on its way, and links to the Whop settings to follow it', async () => {
    renderPage(
      [],
      [
        buildMockWhopConnection({
          syncStatus: 'ONGOING',
          syncStage: 'FULL_SYNC_ONGOING',
          lastSyncAt: null,
          lastFullSyncAt: null,
        }),
      ],
    );

    expect(
      await screen.findByText(
        'Importing from Whop… Your products appear here as the import brings them in.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Follow the import' }).getAttribute('href')).toBe(
      '/settings/integrations/whop',
    );
    expect(screen.queryByRole('link', { name: 'Connect Whop' })).toBeNull();
  });

  // No reload needed: the empty list reads its records and the connections again meanwhile.
  it('shows the products the import brings in while the list waits for them', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const productsQuery = {
      query: FIND_MANY_WHOP_PRODUCTS,
      variables: { first: 50, orderBy: [{ field: 'name', direction: 'AscNullsLast' }] },
    };
    const importing = buildMockWhopConnection({
      syncStatus: 'ONGOING',
      syncStage: 'FULL_SYNC_ONGOING',
      lastSyncAt: null,
      lastFullSyncAt: null,
    });

    renderWithProviders(<WhopProductsPage />, {
      cache: createApolloCache(),
      mocks: [
        buildFindManyWhopConnectionsMock([importing]),
        {
          request: productsQuery,
          result: { data: { whopProducts: buildMockRecordConnection('WhopProduct', []) } },
        },
        buildFindManyWhopConnectionsMock([buildMockWhopConnection()]),
        {
          request: productsQuery,
          result: {
            data: {
              whopProducts: buildMockRecordConnection('WhopProduct', [
                buildMockWhopProduct('product-1'),
              ]),
            },
          },
        },
      ],
    });

    expect(await screen.findByText(/Importing from Whop…/)).toBeTruthy();
    await act(() => vi.advanceTimersByTimeAsync(WHOP_IMPORT_POLL_INTERVAL_MS + 50));
    expect(await screen.findByText('Pro Community')).toBeTruthy();
    vi.useRealTimers();
  });

  // The first records arrived, the sync goes on: the list, its count with it, keeps filling, and
  // is read once more when the sync ends, for what its last moments wrote.
  it('keeps a list that shows records filling while a sync runs, and says so in its header', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const productsQuery = {
      query: FIND_MANY_WHOP_PRODUCTS,
      variables: { first: 50, orderBy: [{ field: 'name', direction: 'AscNullsLast' }] },
    };
    const productsMock = (...products: ReturnType<typeof buildMockWhopProduct>[]) => ({
      request: productsQuery,
      result: { data: { whopProducts: buildMockRecordConnection('WhopProduct', products) } },
    });
    const importing = buildMockWhopConnection({
      syncStatus: 'ONGOING',
      syncStage: 'FULL_SYNC_ONGOING',
      lastSyncAt: null,
      lastFullSyncAt: null,
    });
    const pro = buildMockWhopProduct('product-1');
    const starter = buildMockWhopProduct('product-2', { name: 'Starter' });
    const team = buildMockWhopProduct('product-3', { name: 'Team' });

    renderWithProviders(<WhopProductsPage />, {
      cache: createApolloCache(),
      mocks: [
        buildFindManyWhopConnectionsMock([importing]),
        productsMock(pro),
        buildFindManyWhopConnectionsMock([importing]),
        productsMock(pro, starter),
        buildFindManyWhopConnectionsMock([buildMockWhopConnection()]),
        productsMock(pro, starter),
        productsMock(pro, starter, team),
      ],
    });

    expect(await screen.findByText('Pro Community')).toBeTruthy();
    const progress = await screen.findByRole('status');
    expect(
      within(progress).getByRole('link', { name: 'Syncing with Whop…' }).getAttribute('href'),
    ).toBe('/settings/integrations/whop');

    await act(() => vi.advanceTimersByTimeAsync(WHOP_IMPORT_POLL_INTERVAL_MS + 50));
    expect(await screen.findByText('Starter')).toBeTruthy();
    expect(screen.getByText('· 2')).toBeTruthy();

    await act(() => vi.advanceTimersByTimeAsync(WHOP_IMPORT_POLL_INTERVAL_MS + 50));
    expect(await screen.findByText('Team')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
    vi.useRealTimers();
  });

  it('says the company has no products once imported, without offering to connect Whop', async () => {
    renderPage([], [buildMockWhopConnection()]);

    expect(await screen.findByText('Your Whop company has no products yet.')).toBeTruthy();
    expect(screen.getByText('No Whop products yet')).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.queryByText(/Connect Whop/)).toBeNull();
  });
});
