import type { MockedResponse } from '@apollo/client/testing';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { createStore } from 'jotai';
import { describe, expect, it, vi } from 'vitest';

import { WhopConnectionCard } from '@/whop/components/WhopConnectionCard';
import { CONNECT_WHOP } from '@/whop/graphql/mutations/connectWhop';
import { readWhopConnectFlowConnection } from '@/whop/utils/whopConnectFlowConnection';
import { DISCONNECT_WHOP } from '@/whop/graphql/mutations/disconnectWhop';
import { TRIGGER_WHOP_SYNC } from '@/whop/graphql/mutations/triggerWhopSync';
import { FIND_ONE_WHOP_CONNECTION } from '@/whop/graphql/queries/findOneWhopConnection';
import { whopSyncRequestsState } from '@/whop/states/whopSyncRequestsState';
import type { WhopConnection } from '@/whop/types/WhopConnection';
import type { WhopSyncRunType } from '@/whop/types/WhopSyncRunType';
import { buildMockWhopConnection } from '~/testing/mock-data/buildMockWhopConnection';
import { buildFindOneWhopConnectionMock } from '~/testing/mock-data/buildFindOneWhopConnectionMock';
import { toGraphQLWhopConnection } from '~/testing/mock-data/toGraphQLWhopConnection';
import { renderWithProviders } from '~/testing/renderWithProviders';
import { navigateToExternalUrl } from '~/utils/navigateToExternalUrl';

vi.mock('~/utils/navigateToExternalUrl', () => ({
  navigateToExternalUrl: vi.fn(),
}));

const renderCard = (overrides: Partial<WhopConnection> = {}, mocks: MockedResponse[] = []) =>
  renderWithProviders(<WhopConnectionCard connection={buildMockWhopConnection(overrides)} />, {
    mocks,
  });

// Whether a sync button can be used. One that cannot reads as disabled without the `disabled`
// attribute, which would drop the focus of the keyboard user who just pressed it.
const isOffered = (name: string) => {
  const button = screen.getByRole('button', { name });

  expect(button.hasAttribute('disabled')).toBe(false);

  return button.getAttribute('aria-disabled') !== 'true';
};

// The server refusing to start a sync of this type, with its reason.
const buildRefusedSyncMock = (type: WhopSyncRunType, message: string): MockedResponse => ({
  request: { query: TRIGGER_WHOP_SYNC, variables: { id: 'connection-1', type } },
  result: {
    errors: [new GraphQLError(message, { extensions: { code: 'SYNC_ALREADY_RUNNING' } })],
  },
});

// "Sync changes" is accepted, and the connection read again.
// Reconnect asks the server for Whop's consent URL for this connection.
const RECONNECT_MOCK: MockedResponse = {
  request: { query: CONNECT_WHOP, variables: { connectionId: 'connection-1' } },
  result: {
    data: {
      connectWhop: {
        __typename: 'ConnectWhopResult',
        authorizeUrl: 'https://whop.test/oauth/authorize?state=abc',
      },
    },
  },
};

const SYNC_CHANGES_MOCKS: MockedResponse[] = [
  {
    request: {
      query: TRIGGER_WHOP_SYNC,
      variables: { id: 'connection-1', type: 'INCREMENTAL' },
    },
    result: {
      data: {
        triggerWhopSync: {
          __typename: 'WhopConnection',
          id: 'connection-1',
        },
      },
    },
  },
  buildFindOneWhopConnectionMock(buildMockWhopConnection()),
];

describe('WhopConnectionCard', () => {
  it('shows who connected which company, and an active connection with its actions', () => {
    renderCard();

    expect(screen.getByRole('heading', { name: 'Acme Courses' })).toBeTruthy();
    expect(screen.getByText('Connected by ada on Mar 14, 2025')).toBeTruthy();
    expect(screen.getByText('Active')).toBeTruthy();
    expect(
      screen.getByText(
        'Connected. Whop is checked for changes every hour; Sync changes brings them in now.',
      ),
    ).toBeTruthy();
    expect(isOffered('Sync changes')).toBe(true);
    expect(isOffered('Full resync')).toBe(true);
    expect(screen.getByRole('button', { name: 'Disconnect' })).toBeTruthy();
    // Whop has the webhook, but this server does not process its deliveries yet.
    expect(screen.getByText('Webhook registered with Whop')).toBeTruthy();
    expect(
      screen.getByText(
        'Real-time updates are not processed yet: changes arrive with the scheduled check and with Sync changes.',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/up to date/i)).toBeNull();
  });

  it('shows a running sync as Syncing and does not offer to start another', () => {
    renderCard({ syncStatus: 'ONGOING', syncStage: 'FULL_SYNC_ONGOING' });

    expect(screen.getByText('Syncing')).toBeTruthy();
    expect(screen.getByText(/the sync keeps running/)).toBeTruthy();
    expect(isOffered('Sync changes')).toBe(false);
    expect(isOffered('Full resync')).toBe(false);
  });

  it('shows a sync between two attempts as Retrying, paused until its next try, and does not offer another', () => {
    renderCard({
      syncStatus: 'ONGOING',
      syncStage: 'FULL_SYNC_ONGOING',
      lastSyncError: 'Whop answered 500 when the sync read payments.',
      throttleFailureCount: 3,
      nextSyncRetryAt: '2025-03-14T11:04:00.000Z',
    });

    expect(screen.getByText('Retrying')).toBeTruthy();
    expect(screen.queryByText('Syncing')).toBeNull();
    expect(
      screen.getByText(
        'An attempt of this sync failed: it is paused until its next try, and resumes by itself. You can leave this page.',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/Importing from Whop/)).toBeNull();
    expect(isOffered('Sync changes')).toBe(false);
    expect(isOffered('Full resync')).toBe(false);
  });

  it('shows a sync that stopped moving as Stalled, and does not offer another', () => {
    renderCard({
      syncStatus: 'ONGOING',
      syncStage: 'FULL_SYNC_ONGOING',
      updatedAt: '2025-03-14T10:50:00.000Z',
      readAt: '2025-03-14T11:03:00.000Z',
    });

    expect(screen.getByText('Stalled')).toBeTruthy();
    expect(screen.getByText(/has stopped making progress/)).toBeTruthy();
    expect(isOffered('Sync changes')).toBe(false);
    expect(isOffered('Full resync')).toBe(false);
  });

  it('keeps a sync whose Whop call is retried within the attempt as Syncing', () => {
    renderCard({
      syncStatus: 'ONGOING',
      syncStage: 'FULL_SYNC_ONGOING',
      lastSyncError: 'Whop answered 500 when the sync read payments.',
      nextSyncRetryAt: null,
    });

    expect(screen.getByText('Syncing')).toBeTruthy();
    expect(screen.queryByText('Retrying')).toBeNull();
    expect(screen.getByText(/the sync keeps running/)).toBeTruthy();
  });

  it('asks to reconnect when Whop refused the tokens, and Reconnect goes back to Whop', async () => {
    renderCard(
      {
        status: 'needs_reauth',
        syncStatus: 'FAILED_UNKNOWN',
        syncStage: 'FAILED',
        authFailedAt: '2025-03-15T09:00:00.000Z',
      },
      [RECONNECT_MOCK],
    );

    expect(screen.getByText('Needs reconnection')).toBeTruthy();
    expect(
      screen.getByText(/Whop no longer accepts this connection \(since Mar 15, 2025\)/),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Full resync' })).toBeNull();
    // Its webhook is still registered, but no scheduled check runs for it until it is reconnected.
    expect(screen.getByText('Webhook registered with Whop')).toBeTruthy();
    expect(
      screen.getByText(
        'Real-time updates are not processed yet: no changes arrive until Whop is reconnected.',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/scheduled check/)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Reconnect' }));

    await waitFor(() =>
      expect(navigateToExternalUrl).toHaveBeenCalledWith(
        'https://whop.test/oauth/authorize?state=abc',
      ),
    );
    // Should Whop send the seller back with an error, Connect again reconnects this connection.
    expect(readWhopConnectFlowConnection()).toBe('connection-1');
  });

  it('offers Reconnect again when the seller comes back from Whop with the Back button', async () => {
    renderCard({ status: 'needs_reauth', syncStage: 'FAILED' }, [RECONNECT_MOCK]);

    fireEvent.click(screen.getByRole('button', { name: 'Reconnect' }));
    await waitFor(() => expect(navigateToExternalUrl).toHaveBeenCalled());
    expect(screen.getByRole('button', { name: 'Opening Whop…' })).toHaveProperty('disabled', true);

    // The browser shows the page again from its back/forward cache.
    act(() => {
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    });

    expect(screen.getByRole('button', { name: 'Reconnect' })).toHaveProperty('disabled', false);
  });

  it('shows a revoked connection, says the records stay, and offers to connect again', () => {
    renderCard({
      status: 'revoked',
      syncStage: 'FAILED',
      revokedAt: '2025-03-20T10:00:00.000Z',
    });

    expect(screen.getByText('Disconnected')).toBeTruthy();
    expect(screen.getByText(/Disconnected on Mar 20, 2025/)).toBeTruthy();
    expect(screen.getByText(/stay in your CRM/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Connect again' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Disconnect' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Sync changes' })).toBeNull();
  });

  it('shows a failed first sync and the server message when a retry is refused', async () => {
    const failedFirstSync = {
      syncStatus: 'FAILED_UNKNOWN',
      syncStage: 'FAILED',
      lastFullSyncAt: null,
    } satisfies Partial<WhopConnection>;

    const { rerender } = renderCard(failedFirstSync, [
      buildRefusedSyncMock(
        'FULL',
        'A sync is already running for this connection. Wait for it to finish.',
      ),
      buildFindOneWhopConnectionMock(buildMockWhopConnection(failedFirstSync)),
    ]);

    expect(screen.getByText('Failed')).toBeTruthy();
    expect(screen.getByText(/The last sync stopped before finishing/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Run a full resync' }));

    expect(
      await screen.findByText(
        'A sync is already running for this connection. Wait for it to finish.',
      ),
    ).toBeTruthy();

    // Once the run that was under way has completed, the refusal no longer applies.
    rerender(
      <WhopConnectionCard
        connection={buildMockWhopConnection({ lastSyncAt: '2025-03-14T12:00:00.000Z' })}
      />,
    );

    expect(screen.queryByText("The sync didn't start")).toBeNull();
  });

  it('keeps a refusal while the run it waits for goes on, and drops it once that run failed', async () => {
    const refusedMocks: MockedResponse[] = [
      buildRefusedSyncMock(
        'INCREMENTAL',
        'A sync is already running for this connection. Wait for it to finish.',
      ),
      buildFindOneWhopConnectionMock(buildMockWhopConnection()),
    ];
    const { rerender } = renderCard({}, refusedMocks);

    fireEvent.click(screen.getByRole('button', { name: 'Sync changes' }));
    expect(await screen.findByText("The sync didn't start")).toBeTruthy();

    rerender(
      <WhopConnectionCard
        connection={buildMockWhopConnection({
          syncStatus: 'ONGOING',
          syncStage: 'INCREMENTAL_ONGOING',
        })}
      />,
    );
    expect(screen.getByText("The sync didn't start")).toBeTruthy();

    rerender(
      <WhopConnectionCard
        connection={buildMockWhopConnection({
          syncStatus: 'FAILED_UNKNOWN',
          syncStage: 'FAILED',
        })}
      />,
    );
    expect(screen.queryByText("The sync didn't start")).toBeNull();
  });

  it('offers to try again with a sync of the changes once a full sync has completed', async () => {
    renderCard({ syncStatus: 'FAILED_UNKNOWN', syncStage: 'FAILED' }, SYNC_CHANGES_MOCKS);

    expect(screen.getByText(/try again to bring in what changed/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Run a full resync' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByText('Sync of changes requested')).toBeTruthy();
  });

  it('keeps the focus on Sync changes as the sync it started runs, and ignores its clicks', () => {
    const { rerender } = renderCard({}, SYNC_CHANGES_MOCKS);
    const button = screen.getByRole('button', { name: 'Sync changes' });

    button.focus();
    rerender(
      <WhopConnectionCard
        connection={buildMockWhopConnection({
          syncStatus: 'ONGOING',
          syncStage: 'INCREMENTAL_ONGOING',
        })}
      />,
    );

    expect(document.activeElement).toBe(button);
    expect(isOffered('Sync changes')).toBe(false);
    fireEvent.click(button);
    expect(screen.queryByText('Starting…')).toBeNull();
  });

  it('hands the focus to the card once the sync Try again started runs, the button gone', async () => {
    const { rerender } = renderCard(
      { syncStatus: 'FAILED_UNKNOWN', syncStage: 'FAILED' },
      SYNC_CHANGES_MOCKS,
    );
    const tryAgain = screen.getByRole('button', { name: 'Try again' });

    tryAgain.focus();
    fireEvent.click(tryAgain);
    await screen.findByText('Sync of changes requested');
    rerender(
      <WhopConnectionCard
        connection={buildMockWhopConnection({
          syncStatus: 'ONGOING',
          syncStage: 'INCREMENTAL_ONGOING',
        })}
      />,
    );

    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Acme Courses' }));
  });

  it('leaves the focus alone when the server refused the retry, however the card changes later', async () => {
    const failed = { syncStatus: 'FAILED_UNKNOWN', syncStage: 'FAILED' } as const;
    const { rerender } = renderCard(failed, [
      buildRefusedSyncMock(
        'INCREMENTAL',
        'A sync is already running for this connection. Wait for it to finish.',
      ),
      buildFindOneWhopConnectionMock(buildMockWhopConnection(failed)),
    ]);
    const tryAgain = screen.getByRole('button', { name: 'Try again' });

    tryAgain.focus();
    fireEvent.click(tryAgain);
    expect(await screen.findByText("The sync didn't start")).toBeTruthy();
    tryAgain.blur();
    // The hourly check brings the connection back, later.
    rerender(<WhopConnectionCard connection={buildMockWhopConnection()} />);

    expect(document.activeElement).toBe(document.body);
  });

  it('asks to reconnect when the grant lacks a permission', () => {
    renderCard({
      syncStatus: 'FAILED_INSUFFICIENT_PERMISSIONS',
      syncStage: 'FAILED',
    });

    expect(screen.getByText('Failed')).toBeTruthy();
    expect(screen.getByText(/missing a permission/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reconnect' })).toBeTruthy();
    // Run again on the same grant, a sync would stop on the same missing permission.
    for (const name of ['Sync changes', 'Full resync']) expect(isOffered(name)).toBe(false);
  });

  it('asks to grant the webhook permission and reconnect when Whop refused the webhook, and Reconnect goes back to Whop', async () => {
    renderCard(
      {
        webhookRegistered: false,
        webhookRegistrationError:
          'The Whop app is missing a permission. Grant it in Whop, then reconnect.',
      },
      [
        {
          request: { query: CONNECT_WHOP, variables: { connectionId: 'connection-1' } },
          result: {
            data: {
              connectWhop: {
                __typename: 'ConnectWhopResult',
                authorizeUrl: 'https://whop.test/oauth/authorize?state=webhook',
              },
            },
          },
        },
      ],
    );

    expect(screen.getByText('Webhook not registered')).toBeTruthy();
    expect(
      screen.getByText(
        'Reconnect registers it again, and checks every record again with a full sync; if Whop refused a permission, first grant your Whop app "Manage webhooks" (developer:manage_webhook) on Whop. Meanwhile, changes arrive with the scheduled check and with Sync changes.',
      ),
    ).toBeTruthy();
    // What stopped it, as the server recorded it (here Whop refusing the permission).
    expect(
      screen.getByText('The Whop app is missing a permission. Grant it in Whop, then reconnect.'),
    ).toBeTruthy();
    // No endpoint to register by hand: this server does not process its deliveries yet.

    fireEvent.click(screen.getByRole('button', { name: 'Reconnect' }));

    await waitFor(() =>
      expect(navigateToExternalUrl).toHaveBeenCalledWith(
        'https://whop.test/oauth/authorize?state=webhook',
      ),
    );
  });

  it.each([
    ['runs', { syncStatus: 'ONGOING', syncStage: 'FULL_SYNC_ONGOING' }],
    [
      'waits to resume',
      {
        syncStatus: 'ONGOING',
        syncStage: 'FULL_SYNC_ONGOING',
        lastSyncError: 'Whop answered 503',
        nextSyncRetryAt: new Date(Date.now() + 600_000).toISOString(),
      },
    ],
  ] as const)(
    'holds the webhook Reconnect back while a sync %s: it would start the import again',
    (_, state) => {
      renderCard({ ...state, webhookRegistered: false, webhookRegistrationError: null });

      expect(screen.getByText('Webhook not registered')).toBeTruthy();
      expect(
        screen.getByText(
          /^Once this sync has finished, Reconnect registers it again, and checks every record again/,
        ),
      ).toBeTruthy();
      expect(screen.queryByRole('button', { name: 'Reconnect' })).toBeNull();
    },
  );

  it('offers one Reconnect when the grant lacks a permission and the webhook is not registered', () => {
    renderCard({
      syncStatus: 'FAILED_INSUFFICIENT_PERMISSIONS',
      syncStage: 'FAILED',
      webhookRegistered: false,
      webhookRegistrationError: null,
    });

    expect(screen.getByText('Webhook not registered')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Reconnect' })).toHaveLength(1);
  });

  it("says how often Whop is checked as the server's interval has it", () => {
    renderCard({ webhookRegistered: false, syncIntervalMinutes: 15 });

    expect(
      screen.getByText(
        'Connected. Whop is checked for changes every 15 minutes; Sync changes brings them in now.',
      ),
    ).toBeTruthy();
  });

  it('promises no scheduled check when the server runs none', () => {
    renderCard({ syncIntervalMinutes: null });

    expect(
      screen.getByText(
        'Connected. Whop is not checked on a schedule: Sync changes brings in what changed on Whop.',
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(
        'Real-time updates are not processed yet: changes arrive only with Sync changes.',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/every|scheduled check/)).toBeNull();
  });

  it('confirms before disconnecting, saying the synced records stay', async () => {
    const connection = buildMockWhopConnection();

    renderCard({}, [
      {
        request: { query: DISCONNECT_WHOP, variables: { id: 'connection-1' } },
        result: {
          data: {
            disconnectWhop: toGraphQLWhopConnection({
              ...connection,
              status: 'revoked',
            }),
          },
        },
      },
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Disconnect' }));

    const dialog = screen.getByRole('dialog', {
      name: 'Disconnect Acme Courses?',
    });
    expect(dialog.textContent).toContain('already synced stay in your CRM');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Disconnect' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('asks for a sync of the changes and says it was requested', async () => {
    renderCard({}, SYNC_CHANGES_MOCKS);

    fireEvent.click(screen.getByRole('button', { name: 'Sync changes' }));

    expect(await screen.findByText('Sync of changes requested')).toBeTruthy();
  });

  it('reads the connection again when the server refuses a sync, to show where it stands', async () => {
    const readConnectionAgain = vi.fn(() => ({
      data: {
        whopConnection: toGraphQLWhopConnection(
          buildMockWhopConnection({ syncStage: 'FULL_SYNC_PENDING' }),
        ),
      },
    }));

    renderCard({}, [
      buildRefusedSyncMock(
        'INCREMENTAL',
        'A full sync is waiting to start or under way for this connection: it brings in everything Sync changes would.',
      ),
      {
        request: { query: FIND_ONE_WHOP_CONNECTION, variables: { id: 'connection-1' } },
        result: readConnectionAgain,
      },
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Sync changes' }));

    expect(await screen.findByText(/A full sync is waiting to start or under way/)).toBeTruthy();
    await waitFor(() => expect(readConnectionAgain).toHaveBeenCalled());
  });

  it('says a queued sync was requested even when reading the connection again fails', async () => {
    renderCard({}, [
      SYNC_CHANGES_MOCKS[0],
      {
        request: { query: FIND_ONE_WHOP_CONNECTION, variables: { id: 'connection-1' } },
        error: new Error('Failed to fetch'),
      },
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Sync changes' }));

    expect(await screen.findByText('Sync of changes requested')).toBeTruthy();
    // The button comes back once the failed read is over, whenever that is.
    await screen.findByRole('button', { name: 'Sync changes' });

    expect(isOffered('Sync changes')).toBe(true);
    expect(screen.queryByText("The sync didn't start")).toBeNull();
  });

  it('says plainly when a requested sync has not started within the follow window, and checks again', () => {
    vi.spyOn(Date, 'now').mockReturnValue(5_000_000);
    const store = createStore();
    store.set(whopSyncRequestsState, {
      'connection-1': {
        type: 'INCREMENTAL',
        requestedAt: 1_000,
        hasTimedOut: true,
        lastFullSyncAt: '2025-03-14T10:02:00.000Z',
        lastIncrementalSyncAt: null,
        lastSyncError: null,
        runStartedAt: null,
      },
    });
    renderWithProviders(<WhopConnectionCard connection={buildMockWhopConnection()} />, { store });

    expect(screen.getByText("The sync of changes hasn't started yet")).toBeTruthy();
    expect(screen.getByText(/still waiting for the sync worker after 15 min/)).toBeTruthy();
    expect(screen.queryByText('Sync of changes requested')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Check again' }));

    expect(store.get(whopSyncRequestsState)['connection-1']).toMatchObject({
      requestedAt: 5_000_000,
      hasTimedOut: false,
    });
    expect(screen.getByText('Sync of changes requested')).toBeTruthy();
    expect(screen.queryByText("The sync of changes hasn't started yet")).toBeNull();
  });

  it('says a requested full resync still queued past the follow window is still checked for', () => {
    vi.spyOn(Date, 'now').mockReturnValue(5_000_000);
    const store = createStore();
    store.set(whopSyncRequestsState, {
      'connection-1': {
        type: 'FULL',
        requestedAt: 1_000,
        hasTimedOut: true,
        lastFullSyncAt: '2025-03-14T10:02:00.000Z',
        lastIncrementalSyncAt: null,
        lastSyncError: null,
        runStartedAt: null,
      },
    });
    // The full sync is queued: the page follows it for as long as it waits.
    renderWithProviders(
      <WhopConnectionCard
        connection={buildMockWhopConnection({ syncStage: 'FULL_SYNC_PENDING' })}
      />,
      { store },
    );

    expect(screen.getByText("The full resync hasn't started yet")).toBeTruthy();
    expect(
      screen.getByText(
        'It is still waiting for the sync worker after 15 min: the worker may be busy, or not running. This page keeps checking, and shows the sync as soon as it starts.',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/stopped checking/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Check again' })).toBeNull();
  });

  it('remembers what the connection showed when the seller asked, to see the run by what changes', async () => {
    const { store } = renderCard({}, SYNC_CHANGES_MOCKS);

    fireEvent.click(screen.getByRole('button', { name: 'Sync changes' }));

    await screen.findByText('Sync of changes requested');
    expect(store.get(whopSyncRequestsState)['connection-1']).toMatchObject({
      type: 'INCREMENTAL',
      hasTimedOut: false,
      lastFullSyncAt: '2025-03-14T10:02:00.000Z',
      lastIncrementalSyncAt: null,
      lastSyncError: null,
      runStartedAt: null,
    });
  });

  it.each([
    {
      when: 'the requested run has ended',
      endedConnection: {
        syncStatus: 'FAILED_UNKNOWN',
        syncStage: 'FAILED',
        lastSyncError:
          'The sync stopped after 4 attempts: Whop answered 500 (list payments). Start it again from this page.',
      },
      tag: 'Failed',
    },
    {
      when: 'the run finds that Whop refuses the connection',
      endedConnection: {
        status: 'needs_reauth',
        syncStatus: 'FAILED_UNKNOWN',
        syncStage: 'FAILED',
        authFailedAt: '2025-03-15T09:00:00.000Z',
      },
      tag: 'Needs reconnection',
    },
  ] satisfies { when: string; endedConnection: Partial<WhopConnection>; tag: string }[])(
    'stops saying a sync was requested once $when',
    async ({ endedConnection, tag }) => {
      const { rerender } = renderCard({}, SYNC_CHANGES_MOCKS);

      fireEvent.click(screen.getByRole('button', { name: 'Sync changes' }));
      await screen.findByText('Sync of changes requested');
      rerender(<WhopConnectionCard connection={buildMockWhopConnection(endedConnection)} />);

      expect(screen.getByText(tag)).toBeTruthy();
      expect(screen.queryByText('Sync of changes requested')).toBeNull();
    },
  );
});
