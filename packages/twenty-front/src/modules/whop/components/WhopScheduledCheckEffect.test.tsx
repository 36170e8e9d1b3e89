import { act } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { WhopScheduledCheckEffect } from '@/whop/components/WhopScheduledCheckEffect';
import { whopSyncRequestedAtState } from '@/whop/states/whopSyncRequestedAtState';
import { renderWithProviders } from '~/testing/renderWithProviders';

const NOW = Date.parse('2026-12-05T14:59:00.000Z');

describe('WhopScheduledCheckEffect', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('follows the connection once the scheduled check is due, not before', () => {
    vi.useFakeTimers({ now: NOW });
    const { store } = renderWithProviders(
      <WhopScheduledCheckEffect
        connectionId="connection-1"
        nextScheduledSyncAt="2026-12-05T15:00:00.000Z"
      />,
    );

    act(() => vi.advanceTimersByTime(59_999));
    expect(store.get(whopSyncRequestedAtState)).toEqual({});

    act(() => vi.advanceTimersByTime(1));
    expect(store.get(whopSyncRequestedAtState)).toEqual({ 'connection-1': NOW + 60_000 });
  });

  it('reads a check whose time has already gone again at once', () => {
    vi.useFakeTimers({ now: NOW });
    const { store } = renderWithProviders(
      <WhopScheduledCheckEffect
        connectionId="connection-1"
        nextScheduledSyncAt="2026-12-05T14:00:00.000Z"
      />,
    );

    act(() => vi.advanceTimersByTime(0));
    expect(store.get(whopSyncRequestedAtState)).toEqual({ 'connection-1': NOW });
  });
});
