import type { MockedResponse } from '@apollo/client/testing';
import { act } from '@testing-library/react';
import { createStore } from 'jotai';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { WhopSyncRequestFollowEffect } from '@/whop/components/WhopSyncRequestFollowEffect';
import { createApolloCache } from '@/apollo/utils/createApolloCache';
import { WHOP_SYNC_FOLLOW_WINDOW_MS } from '@/whop/constants/WhopSyncFollowWindowMs';
import { WHOP_SYNC_POLL_INTERVAL_MS } from '@/whop/constants/WhopSyncPollIntervalMs';
import { FIND_ONE_WHOP_CONNECTION } from '@/whop/graphql/queries/findOneWhopConnection';
import { whopSyncRequestsState } from '@/whop/states/whopSyncRequestsState';
import type { WhopConnection } from '@/whop/types/WhopConnection';
import type { WhopSyncRequest } from '@/whop/types/WhopSyncRequest';
import { buildFindOneWhopConnectionMock } from '~/testing/mock-data/buildFindOneWhopConnectionMock';
import { buildMockWhopConnection } from '~/testing/mock-data/buildMockWhopConnection';
import { renderWithProviders } from '~/testing/renderWithProviders';

const NOW = Date.parse('2026-12-05T14:00:00.000Z');

const REQUEST: WhopSyncRequest = {
  type: 'INCREMENTAL',
  requestedAt: NOW,
  hasTimedOut: false,
  lastFullSyncAt: '2025-03-14T10:02:00.000Z',
  lastIncrementalSyncAt: null,
  lastSyncError: null,
  runStartedAt: null,
};

const UNREACHABLE_MOCK: MockedResponse = {
  request: { query: FIND_ONE_WHOP_CONNECTION, variables: { id: 'connection-1' } },
  error: new Error('Failed to fetch'),
};

// The connection as the read at the end of the window finds it: the run ran meanwhile.
const RAN_MEANWHILE_MOCK = buildFindOneWhopConnectionMock(
  buildMockWhopConnection({ lastIncrementalSyncAt: '2026-12-05T14:01:00.000Z' }),
);

const renderEffect = (connection: WhopConnection, mocks: MockedResponse[] = []) => {
  const store = createStore();
  store.set(whopSyncRequestsState, { 'connection-1': REQUEST });
  const { rerender } = renderWithProviders(
    <WhopSyncRequestFollowEffect connection={connection} request={REQUEST} />,
    { store, mocks, cache: createApolloCache() },
  );

  return { store, rerender };
};

describe('WhopSyncRequestFollowEffect', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps following a run that has not started for the whole window, then says it has not', async () => {
    vi.useFakeTimers({ now: NOW });
    const connection = buildMockWhopConnection();
    const { store } = renderEffect(connection, [buildFindOneWhopConnectionMock(connection)]);

    await act(() => vi.advanceTimersByTimeAsync(WHOP_SYNC_FOLLOW_WINDOW_MS - 1));
    expect(store.get(whopSyncRequestsState)).toEqual({ 'connection-1': REQUEST });

    // The window's end, and the moment the read's answer takes to arrive.
    await act(() => vi.advanceTimersByTimeAsync(1 + 50));
    expect(store.get(whopSyncRequestsState)).toEqual({
      'connection-1': { ...REQUEST, hasTimedOut: true },
    });
  });

  // Polls skip a hidden tab: the run may have come and gone since the page last read.
  it('does not say a run has not started when reading the connection again shows it ran', async () => {
    vi.useFakeTimers({ now: NOW });
    const { store } = renderEffect(buildMockWhopConnection(), [RAN_MEANWHILE_MOCK]);

    await act(() => vi.advanceTimersByTimeAsync(WHOP_SYNC_FOLLOW_WINDOW_MS + 50));
    expect(store.get(whopSyncRequestsState)).toEqual({ 'connection-1': REQUEST });
  });

  it('reads the connection again until it answers before saying anything', async () => {
    vi.useFakeTimers({ now: NOW });
    const connection = buildMockWhopConnection();
    const { store } = renderEffect(connection, [
      UNREACHABLE_MOCK,
      buildFindOneWhopConnectionMock(connection),
    ]);

    await act(() => vi.advanceTimersByTimeAsync(WHOP_SYNC_FOLLOW_WINDOW_MS + 50));
    expect(store.get(whopSyncRequestsState)).toEqual({ 'connection-1': REQUEST });

    await act(() => vi.advanceTimersByTimeAsync(WHOP_SYNC_POLL_INTERVAL_MS + 50));
    expect(store.get(whopSyncRequestsState)).toEqual({
      'connection-1': { ...REQUEST, hasTimedOut: true },
    });
  });

  it('forgets the request once the connection shows its run', () => {
    const { store, rerender } = renderEffect(buildMockWhopConnection());

    rerender(
      <WhopSyncRequestFollowEffect
        connection={buildMockWhopConnection({
          syncStatus: 'ONGOING',
          syncStage: 'INCREMENTAL_ONGOING',
        })}
        request={REQUEST}
      />,
    );

    expect(store.get(whopSyncRequestsState)).toEqual({});
  });
});
