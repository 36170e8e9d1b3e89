import type { MockedResponse } from '@apollo/client/testing';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { WhopIntegrationCard } from '@/whop/components/WhopIntegrationCard';
import { FIND_MANY_WHOP_CONNECTIONS } from '@/whop/graphql/queries/findManyWhopConnections';
import type { WhopConnection } from '@/whop/types/WhopConnection';
import { buildMockWhopConnection } from '~/testing/mock-data/buildMockWhopConnection';
import { toGraphQLWhopConnection } from '~/testing/mock-data/toGraphQLWhopConnection';
import { renderWithProviders } from '~/testing/renderWithProviders';

const buildConnectionsMock = (connections: WhopConnection[]): MockedResponse => ({
  request: { query: FIND_MANY_WHOP_CONNECTIONS },
  result: { data: { whopConnections: connections.map(toGraphQLWhopConnection) } },
});

const CONNECTIONS_UNREACHABLE_MOCK: MockedResponse = {
  request: { query: FIND_MANY_WHOP_CONNECTIONS },
  error: new Error('Failed to fetch'),
};

describe('WhopIntegrationCard', () => {
  it('shows a connection Whop no longer accepts as needing reconnection, not as connected', async () => {
    renderWithProviders(<WhopIntegrationCard />, {
      mocks: [buildConnectionsMock([buildMockWhopConnection({ status: 'needs_reauth' })])],
    });

    const tag = await screen.findByText('Needs reconnection');
    expect(tag.getAttribute('data-color')).toBe('yellow');
    expect(screen.queryByText('Connected')).toBeNull();
    expect(screen.getByRole('link', { name: 'Manage' })).toBeTruthy();
  });

  it('shows a connection whose last sync failed as failed, as the Whop page does, not as connected', async () => {
    renderWithProviders(<WhopIntegrationCard />, {
      mocks: [
        buildConnectionsMock([
          buildMockWhopConnection({ syncStatus: 'FAILED_UNKNOWN', syncStage: 'FAILED' }),
        ]),
      ],
    });

    const tag = await screen.findByText('Sync failed');
    expect(tag.getAttribute('data-color')).toBe('red');
    expect(screen.queryByText('Connected')).toBeNull();
    expect(screen.getByRole('link', { name: 'Manage' })).toBeTruthy();
  });

  it('says the connections could not be loaded rather than offering to connect, and retries', async () => {
    renderWithProviders(<WhopIntegrationCard />, {
      mocks: [CONNECTIONS_UNREACHABLE_MOCK, buildConnectionsMock([buildMockWhopConnection()])],
    });

    expect(await screen.findByText(/Couldn't load your Whop connections/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Connect Whop' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByText('Connected')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Manage' })).toBeTruthy();
    expect(screen.queryByText(/Couldn't load your Whop connections/)).toBeNull();
  });
});
