import { act } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { createApolloCache } from '@/apollo/utils/createApolloCache';
import { WhopImportPollingEffect } from '@/whop/components/WhopImportPollingEffect';
import { WHOP_IMPORT_POLL_INTERVAL_MS } from '@/whop/constants/WhopImportPollIntervalMs';
import { buildFindManyWhopConnectionsMock } from '~/testing/mock-data/buildFindManyWhopConnectionsMock';
import { buildMockWhopConnection } from '~/testing/mock-data/buildMockWhopConnection';
import { renderWithProviders } from '~/testing/renderWithProviders';

const setTabHidden = (hidden: boolean) =>
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => (hidden ? 'hidden' : 'visible'),
  });

describe('WhopImportPollingEffect', () => {
  afterEach(() => {
    vi.useRealTimers();
    setTabHidden(false);
  });

  it('reads the records again every few seconds while the tab shows, and not while it is hidden', async () => {
    vi.useFakeTimers();
    const onPoll = vi.fn();
    const connections = buildFindManyWhopConnectionsMock([
      buildMockWhopConnection({ syncStatus: 'ONGOING', syncStage: 'FULL_SYNC_ONGOING' }),
    ]);

    renderWithProviders(<WhopImportPollingEffect onPoll={onPoll} />, {
      mocks: [connections, connections, connections],
      cache: createApolloCache(),
    });
    await act(() => vi.advanceTimersByTimeAsync(WHOP_IMPORT_POLL_INTERVAL_MS));
    expect(onPoll).toHaveBeenCalledTimes(1);

    setTabHidden(true);
    await act(() => vi.advanceTimersByTimeAsync(3 * WHOP_IMPORT_POLL_INTERVAL_MS));
    expect(onPoll).toHaveBeenCalledTimes(1);

    setTabHidden(false);
    await act(() => vi.advanceTimersByTimeAsync(WHOP_IMPORT_POLL_INTERVAL_MS));
    expect(onPoll).toHaveBeenCalledTimes(2);
  });
});
