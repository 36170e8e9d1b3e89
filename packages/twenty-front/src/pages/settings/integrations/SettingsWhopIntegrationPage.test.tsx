import type { MockedResponse } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useLocation } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createApolloCache } from '@/apollo/utils/createApolloCache';
import { formatDateTime } from '@/ui/field/display/utils/formatDateTime';
import { CONNECT_WHOP } from '@/whop/graphql/mutations/connectWhop';
import { DISCONNECT_WHOP } from '@/whop/graphql/mutations/disconnectWhop';
import { FIND_MANY_WHOP_SYNC_LOGS } from '@/whop/graphql/queries/findManyWhopSyncLogs';
import { FIND_ONE_WHOP_CONNECTION } from '@/whop/graphql/queries/findOneWhopConnection';
import {
  readWhopConnectFlowConnection,
  rememberWhopConnectFlowConnection,
} from '@/whop/utils/whopConnectFlowConnection';
import { SettingsWhopIntegrationPage } from '~/pages/settings/integrations/SettingsWhopIntegrationPage';
import { buildMockRecordConnection } from '~/testing/mock-data/buildMockRecordConnection';
import { buildFindManyWhopConnectionsMock } from '~/testing/mock-data/buildFindManyWhopConnectionsMock';
import { buildMockWhopConnection } from '~/testing/mock-data/buildMockWhopConnection';
import { buildMockWhopSyncLog } from '~/testing/mock-data/buildMockWhopSyncLog';
import { toGraphQLWhopConnection } from '~/testing/mock-data/toGraphQLWhopConnection';
import { buildFindOneWhopConnectionMock } from '~/testing/mock-data/buildFindOneWhopConnectionMock';
import { renderWithProviders } from '~/testing/renderWithProviders';
import { navigateToExternalUrl } from '~/utils/navigateToExternalUrl';

vi.mock('~/utils/navigateToExternalUrl', () => ({
  navigateToExternalUrl: vi.fn(),
}));

const buildSyncLogsMock = (): MockedResponse => ({
  request: {
    query: FIND_MANY_WHOP_SYNC_LOGS,
    variables: { connectionId: 'connection-1', first: 10 },
  },
  result: {
    data: {
      whopSyncLogs: buildMockRecordConnection('WhopSyncLog', [
        {
          __typename: 'WhopSyncLog',
          ...buildMockWhopSyncLog(),
          counts: buildMockWhopSyncLog().counts.map((count) => ({
            __typename: 'WhopSyncObjectCount',
            ...count,
          })),
        },
      ]),
    },
  },
});

// The query string of the page's address, as the browser's address bar would show it.
const AddressQuery = () => <output aria-label="Address query">{useLocation().search}</output>;

const renderPage = (initialPath: string, mocks: MockedResponse[]) =>
  renderWithProviders(
    <>
      <SettingsWhopIntegrationPage />
      <AddressQuery />
    </>,
    { initialPath, mocks, cache: createApolloCache() },
  );

// A full sync importing members, 400 so far at 40 records/s (enough for its rate to be shown).
const RUNNING_CONNECTION = buildMockWhopConnection({
  syncStatus: 'ONGOING',
  syncStage: 'FULL_SYNC_ONGOING',
  lastFullSyncAt: null,
  syncProgress: {
    step: 'members',
    steps: [{ step: 'members', processed: 400, total: null }],
    recordsPerSecond: 40,
    startedAt: '2025-03-14T10:00:00.000Z',
    rateSince: null,
    warnings: 0,
    errors: 0,
  },
});

describe('SettingsWhopIntegrationPage', () => {
  // What the last Connect Whop flow of the tab was for.
  beforeEach(() => sessionStorage.clear());
  afterEach(() => vi.restoreAllMocks());

  it('words the error Whop sent back, and Connect again restarts the connection', async () => {
    renderPage('/settings/integrations/whop?error=OAUTH_ACCESS_DENIED', [
      buildFindManyWhopConnectionsMock([]),
      {
        request: { query: CONNECT_WHOP },
        result: {
          data: {
            connectWhop: {
              __typename: 'ConnectWhopResult',
              authorizeUrl: 'https://whop.test/oauth/authorize?state=retry',
            },
          },
        },
      },
    ]);

    const banner = screen.getByRole('alert');
    expect(within(banner).getByText("Whop wasn't connected")).toBeTruthy();
    expect(
      within(banner).getByText(/Access was denied on Whop, so nothing was connected/),
    ).toBeTruthy();

    fireEvent.click(within(banner).getByRole('button', { name: 'Connect again' }));

    await waitFor(() =>
      expect(navigateToExternalUrl).toHaveBeenCalledWith(
        'https://whop.test/oauth/authorize?state=retry',
      ),
    );
  });

  it('tries again to reconnect the connection whose Reconnect Whop refused', async () => {
    rememberWhopConnectFlowConnection('connection-1');
    renderPage('/settings/integrations/whop?error=OAUTH_OTHER_COMPANY', [
      buildFindManyWhopConnectionsMock([buildMockWhopConnection({ status: 'needs_reauth' })]),
      buildSyncLogsMock(),
      {
        request: { query: CONNECT_WHOP, variables: { connectionId: 'connection-1' } },
        result: {
          data: {
            connectWhop: {
              __typename: 'ConnectWhopResult',
              authorizeUrl: 'https://whop.test/oauth/authorize?state=reconnect',
            },
          },
        },
      },
    ]);

    const banner = screen.getByRole('alert');
    expect(within(banner).getByText(/cannot reach the company you were reconnecting/)).toBeTruthy();
    fireEvent.click(within(banner).getByRole('button', { name: 'Connect again' }));

    await waitFor(() =>
      expect(navigateToExternalUrl).toHaveBeenCalledWith(
        'https://whop.test/oauth/authorize?state=reconnect',
      ),
    );
  });

  it.each(['Your%20account%20is%20suspended.%20Call%20us.', '__proto__', 'constructor'])(
    'never shows the text of a crafted error link (?error=%s)',
    (error) => {
      renderPage(`/settings/integrations/whop?error=${error}`, [
        buildFindManyWhopConnectionsMock([]),
      ]);

      const banner = screen.getByRole('alert');
      expect(within(banner).getByText(/Connecting Whop did not complete/)).toBeTruthy();
      expect(within(banner).queryByText(/suspended/)).toBeNull();
    },
  );

  it('tells a seller with no connection what to do', async () => {
    renderPage('/settings/integrations/whop', [buildFindManyWhopConnectionsMock([])]);

    expect(await screen.findByText('Connect Whop to import your customers')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Connect Whop' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('welcomes the seller back after connecting and shows the connection with its history', async () => {
    renderPage('/settings/integrations/whop?connected=connection-1', [
      buildFindManyWhopConnectionsMock([buildMockWhopConnection()]),
      buildSyncLogsMock(),
    ]);

    expect(await screen.findByText('Whop is connected')).toBeTruthy();
    await waitFor(() => expect(screen.getByLabelText('Address query').textContent).toBe(''));
    expect(
      await screen.findByRole('region', {
        name: 'Whop connection: Acme Courses',
      }),
    ).toBeTruthy();
    expect(
      await within(screen.getByRole('table', { name: 'Sync history' })).findByText('Succeeded'),
    ).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));

    expect(screen.queryByText('Whop is connected')).toBeNull();
  });

  // Nothing polls a connection at rest.
  it('reads the connections again when the seller comes back to the tab', async () => {
    const connection = buildMockWhopConnection();

    renderPage('/settings/integrations/whop', [
      buildFindManyWhopConnectionsMock([connection]),
      buildSyncLogsMock(),
      buildFindManyWhopConnectionsMock([
        { ...connection, status: 'revoked', revokedAt: '2025-03-15T09:00:00.000Z' },
      ]),
      buildSyncLogsMock(),
    ]);

    expect(await screen.findByText('Active')).toBeTruthy();
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));

    expect(await screen.findByText('Disconnected')).toBeTruthy();
  });

  it('takes back what it said of the last Connect once a connection is disconnected since', async () => {
    const connection = buildMockWhopConnection();

    renderPage('/settings/integrations/whop?error=OAUTH_ALL_CONNECTED', [
      buildFindManyWhopConnectionsMock([connection]),
      buildSyncLogsMock(),
      {
        request: { query: DISCONNECT_WHOP, variables: { id: 'connection-1' } },
        result: {
          data: { disconnectWhop: toGraphQLWhopConnection({ ...connection, status: 'revoked' }) },
        },
      },
    ]);

    expect(screen.getByText(/connected already/)).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Disconnect' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Disconnect' }));

    await waitFor(() => expect(screen.queryByText(/connected already/)).toBeNull());
    expect(screen.getByText('Disconnected')).toBeTruthy();
    // The button that opened the dialog is gone: focus is on the disconnected company's card.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Acme Courses' })),
    );
  });

  it('forgets the flow Whop came back from, so a later error does not retry it', async () => {
    rememberWhopConnectFlowConnection('connection-1');
    renderPage('/settings/integrations/whop?connected=connection-1&reconnected=true', [
      buildFindManyWhopConnectionsMock([buildMockWhopConnection()]),
      buildSyncLogsMock(),
    ]);

    expect(await screen.findByText('Whop is reconnected')).toBeTruthy();
    await waitFor(() => expect(readWhopConnectFlowConnection()).toBeUndefined());
  });

  it('says a connection to a company connected already was renewed, not added', async () => {
    renderPage('/settings/integrations/whop?connected=connection-1&reconnected=true', [
      buildFindManyWhopConnectionsMock([buildMockWhopConnection()]),
      buildSyncLogsMock(),
    ]);

    expect(await screen.findByText('Whop is reconnected')).toBeTruthy();
    expect(screen.getByText(/nothing is duplicated/)).toBeTruthy();
    expect(screen.queryByText('Whop is connected')).toBeNull();
    await waitFor(() => expect(screen.getByLabelText('Address query').textContent).toBe(''));
  });

  // Anyone can send a seller a link to this page: it announces only a connection it lists.
  it('announces no connection the workspace does not have', async () => {
    renderPage('/settings/integrations/whop?connected=connection-9', [
      buildFindManyWhopConnectionsMock([buildMockWhopConnection()]),
      buildSyncLogsMock(),
    ]);

    expect(
      await screen.findByRole('region', { name: 'Whop connection: Acme Courses' }),
    ).toBeTruthy();
    expect(screen.queryByText('Whop is connected')).toBeNull();
  });

  // Disconnected from this page after connecting: the page no longer says Whop is connected.
  it('no longer welcomes the seller back once the connection it announced is disconnected', async () => {
    renderPage('/settings/integrations/whop?connected=connection-1&reconnected=true', [
      buildFindManyWhopConnectionsMock([
        buildMockWhopConnection({ status: 'revoked', revokedAt: '2025-03-15T10:00:00.000Z' }),
      ]),
      buildSyncLogsMock(),
    ]);

    expect(
      await screen.findByRole('region', { name: 'Whop connection: Acme Courses' }),
    ).toBeTruthy();
    expect(screen.queryByText('Whop is reconnected')).toBeNull();
    expect(screen.queryByText('Whop is connected')).toBeNull();
  });

  it('follows a running sync live until it completes, without a reload', async () => {
    renderPage('/settings/integrations/whop', [
      buildFindManyWhopConnectionsMock([RUNNING_CONNECTION]),
      buildSyncLogsMock(),
      buildSyncLogsMock(),
      buildFindOneWhopConnectionMock(buildMockWhopConnection()),
    ]);

    expect(await screen.findByText('Importing members…')).toBeTruthy();
    expect(await screen.findByText('Up to date', {}, { timeout: 4_000 })).toBeTruthy();
    expect(screen.queryByText('Importing members…')).toBeNull();
  });

  it('warns while the running sync cannot be followed, until the server answers again', async () => {
    renderPage('/settings/integrations/whop', [
      buildFindManyWhopConnectionsMock([RUNNING_CONNECTION]),
      buildSyncLogsMock(),
      {
        request: { query: FIND_ONE_WHOP_CONNECTION, variables: { id: 'connection-1' } },
        error: new Error('Failed to fetch'),
      },
      buildFindOneWhopConnectionMock(RUNNING_CONNECTION),
    ]);

    expect(await screen.findByText('40 records/s')).toBeTruthy();
    expect(await screen.findByText("Can't reach the server", {}, { timeout: 4_000 })).toBeTruthy();
    // As of the last answer the page holds, whenever it came (here the list's, from the server).
    expect(
      screen.getByText(
        `The figures below are as of ${formatDateTime(RUNNING_CONNECTION.readAt)}, the last successful update. They update again as soon as the server answers.`,
      ),
    ).toBeTruthy();
    expect(screen.queryByText('40 records/s')).toBeNull();
    await waitFor(() => expect(screen.queryByText("Can't reach the server")).toBeNull(), {
      timeout: 4_000,
    });
    expect(screen.getByText('40 records/s')).toBeTruthy();
  });
});
