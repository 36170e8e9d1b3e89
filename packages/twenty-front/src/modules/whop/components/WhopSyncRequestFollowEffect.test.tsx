import { act } from '@testing-library/react';
import { createStore } from 'jotai';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { WhopSyncRequestFollowEffect } from '@/whop/components/WhopSyncRequestFollowEffect';
import { WHOP_SYNC_FOLLOW_WINDOW_MS } from '@/whop/constants/WhopSyncFollowWindowMs';
import { whopSyncRequestsState } from '@/whop/states/whopSyncRequestsState';
import type { WhopConnection } from '@/whop/types/WhopConnection';
import type { WhopSyncRequest } from '@/whop/types/WhopSyncRequest';
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

const renderEffect = (connection: WhopConnection) => {
  const store = createStore();
  store.set(whopSyncRequestsState, { 'connection-1': REQUEST });
  const { rerender } = renderWithProviders(
    <WhopSyncRequestFollowEffect connection={connection} request={REQUEST} />,
    { store },
  );

  return { store, rerender };
};

describe('WhopSyncRequestFollowEffect', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps following a run that has not started for the whole window, then says it has not', () => {
    vi.useFakeTimers({ now: NOW });
    const { store } = renderEffect(buildMockWhopConnection());

    act(() => vi.advanceTimersByTime(WHOP_SYNC_FOLLOW_WINDOW_MS - 1));
    expect(store.get(whopSyncRequestsState)).toEqual({ 'connection-1': REQUEST });

    act(() => vi.advanceTimersByTime(1));
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
