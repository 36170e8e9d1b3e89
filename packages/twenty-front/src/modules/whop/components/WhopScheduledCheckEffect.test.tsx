import { act } from '@testing-library/react';
import { createStore } from 'jotai';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { WhopScheduledCheckEffect } from '@/whop/components/WhopScheduledCheckEffect';
import { whopSyncRequestsState } from '@/whop/states/whopSyncRequestsState';
import type { WhopSyncRequest } from '@/whop/types/WhopSyncRequest';
import { buildMockWhopConnection } from '~/testing/mock-data/buildMockWhopConnection';
import { renderWithProviders } from '~/testing/renderWithProviders';

const NOW = Date.parse('2026-12-05T14:59:00.000Z');

const renderEffect = (nextScheduledSyncAt: string, store = createStore()) =>
  renderWithProviders(
    <WhopScheduledCheckEffect
      connection={buildMockWhopConnection()}
      nextScheduledSyncAt={nextScheduledSyncAt}
    />,
    { store },
  );

// The scheduled run, followed as "Sync changes" would be, without a request by the seller.
const scheduledRequest = (requestedAt: number): WhopSyncRequest => ({
  type: null,
  requestedAt,
  hasTimedOut: false,
  lastFullSyncAt: '2025-03-14T10:02:00.000Z',
  lastIncrementalSyncAt: null,
  lastSyncError: null,
  runStartedAt: null,
});

describe('WhopScheduledCheckEffect', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('follows the connection once the scheduled check is due, not before', () => {
    vi.useFakeTimers({ now: NOW });
    const { store } = renderEffect('2026-12-05T15:00:00.000Z');

    act(() => vi.advanceTimersByTime(59_999));
    expect(store.get(whopSyncRequestsState)).toEqual({});

    act(() => vi.advanceTimersByTime(1));
    expect(store.get(whopSyncRequestsState)).toEqual({
      'connection-1': scheduledRequest(NOW + 60_000),
    });
  });

  it('reads a check whose time has already gone again at once', () => {
    vi.useFakeTimers({ now: NOW });
    const { store } = renderEffect('2026-12-05T14:00:00.000Z');

    act(() => vi.advanceTimersByTime(0));
    expect(store.get(whopSyncRequestsState)).toEqual({ 'connection-1': scheduledRequest(NOW) });
  });

  it("keeps following the seller's own request, and what it said, as the check comes", () => {
    vi.useFakeTimers({ now: NOW });
    const store = createStore();
    const sellerRequest: WhopSyncRequest = {
      ...scheduledRequest(NOW - 60_000),
      type: 'INCREMENTAL',
      hasTimedOut: true,
    };
    store.set(whopSyncRequestsState, { 'connection-1': sellerRequest });
    renderEffect('2026-12-05T14:00:00.000Z', store);

    act(() => vi.advanceTimersByTime(0));
    expect(store.get(whopSyncRequestsState)).toEqual({
      'connection-1': { ...sellerRequest, requestedAt: NOW, hasTimedOut: false },
    });
  });
});
