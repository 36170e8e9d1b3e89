import type { MockedResponse } from '@apollo/client/testing';
import { act } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { createApolloCache } from '@/apollo/utils/createApolloCache';
import { WhopConnectionPollingEffect } from '@/whop/components/WhopConnectionPollingEffect';
import { WHOP_SYNC_POLL_INTERVAL_MS } from '@/whop/constants/WhopSyncPollIntervalMs';
import { FIND_ONE_WHOP_CONNECTION } from '@/whop/graphql/queries/findOneWhopConnection';
import { buildFindOneWhopConnectionMock } from '~/testing/mock-data/buildFindOneWhopConnectionMock';
import { buildMockWhopConnection } from '~/testing/mock-data/buildMockWhopConnection';
import { renderWithProviders } from '~/testing/renderWithProviders';

const NOW = Date.parse('2026-12-05T14:00:00.000Z');

const UNREACHABLE_MOCK: MockedResponse = {
  request: { query: FIND_ONE_WHOP_CONNECTION, variables: { id: 'connection-1' } },
  error: new Error('Failed to fetch'),
};

const answeredMock = (processed: number) =>
  buildFindOneWhopConnectionMock(
    buildMockWhopConnection({
      syncStatus: 'ONGOING',
      syncStage: 'FULL_SYNC_ONGOING',
      syncProgress: {
        step: 'members',
        steps: [{ step: 'members', processed, total: null }],
        recordsPerSecond: 40,
        startedAt: '2026-12-05T13:59:00.000Z',
        rateSince: null,
        warnings: 0,
        errors: 0,
      },
    }),
  );

// A poll, and the moment its answer takes to arrive.
const nextPoll = () => act(() => vi.advanceTimersByTimeAsync(WHOP_SYNC_POLL_INTERVAL_MS + 50));

describe('WhopConnectionPollingEffect', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says the figures are stale while polls fail, until one answers again', async () => {
    vi.useFakeTimers({ now: NOW });
    const onStaleChange = vi.fn();
    renderWithProviders(
      <WhopConnectionPollingEffect connectionId="connection-1" onStaleChange={onStaleChange} />,
      {
        mocks: [answeredMock(100), UNREACHABLE_MOCK, UNREACHABLE_MOCK, answeredMock(300)],
        cache: createApolloCache(),
      },
    );
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(onStaleChange).not.toHaveBeenCalledWith(true);

    await nextPoll();
    expect(onStaleChange).toHaveBeenLastCalledWith(true);

    await nextPoll();
    expect(onStaleChange).toHaveBeenLastCalledWith(true);

    await nextPoll();
    expect(onStaleChange).toHaveBeenLastCalledWith(false);
  });
});
