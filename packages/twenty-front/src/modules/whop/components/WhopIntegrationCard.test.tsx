import type { MockedResponse } from '@apollo/client/testing';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { WhopIntegrationCard } from '@/whop/components/WhopIntegrationCard';
import { FIND_MANY_WHOP_CONNECTIONS } from '@/whop/graphql/queries/findManyWhopConnections';
import { buildFindManyWhopConnectionsMock } from '~/testing/mock-data/buildFindManyWhopConnectionsMock';
import { buildMockWhopConnection } from '~/testing/mock-data/buildMockWhopConnection';
import { renderWithProviders } from '~/testing/renderWithProviders';

const CONNECTIONS_UNREACHABLE_MOCK: MockedResponse = {
  request: { query: FIND_MANY_WHOP_CONNECTIONS },
  error: new Error('Failed to fetch'),
};

describe('WhopIntegrationCard', () => {
  it('shows a connection Whop no longer accepts as needing reconnection, not as connected', async () => {
    renderWithProviders(<WhopIntegrationCard />, {
      mocks: [
        buildFindManyWhopConnectionsMock([buildMockWhopConnection({ status: 'needs_reauth' })]),
      ],
    });

    const tag = await screen.findByText('Needs reconnection');
    expect(tag.getAttribute('data-color')).toBe('yellow');
    expect(screen.queryByText('Connected')).toBeNull();
    expect(screen.getByRole('link', { name: 'Manage' })).toBeTruthy();
  });

  it('shows a connection whose last sync failed as failed, as the Whop page does, not as connected', async () => {
    renderWithProviders(<WhopIntegrationCard />, {
      mocks: [
        buildFindManyWhopConnectionsMock([
          buildMockWhopConnection({ syncStatus: 'FAILED_UNKNOWN', syncStage: 'FAILED' }),
        ]),
      ],
    });

    const tag = await screen.findByText('Sync failed');
    expect(tag.getAttribute('data-color')).toBe('red');
    expect(screen.queryByText('Connected')).toBeNull();
    expect(screen.getByRole('link', { name: 'Manage' })).toBeTruthy();
  });

  it('offers to connect Whop only once it has read that none is connected', async () => {
    renderWithProviders(<WhopIntegrationCard />, {
      mocks: [buildFindManyWhopConnectionsMock([buildMockWhopConnection()])],
    });

    expect(screen.queryByRole('button', { name: 'Connect Whop' })).toBeNull();
    expect(await screen.findByRole('link', { name: 'Manage' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Connect Whop' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Connect another' })).toBeTruthy();
  });

  it('says the connections could not be loaded rather than offering to connect, and retries', async () => {
    renderWithProviders(<WhopIntegrationCard />, {
      mocks: [
        CONNECTIONS_UNREACHABLE_MOCK,
        buildFindManyWhopConnectionsMock([buildMockWhopConnection()]),
      ],
    });

    expect(await screen.findByText(/Couldn't load your Whop connections/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Connect Whop' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByText('Connected')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Manage' })).toBeTruthy();
    expect(screen.queryByText(/Couldn't load your Whop connections/)).toBeNull();
  });
});
