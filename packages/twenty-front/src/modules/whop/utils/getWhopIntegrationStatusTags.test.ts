import { describe, expect, it } from 'vitest';

import type { WhopConnection } from '@/whop/types/WhopConnection';
import { getWhopIntegrationStatusTags } from '@/whop/utils/getWhopIntegrationStatusTags';

const connections = (...statuses: WhopConnection['status'][]) =>
  statuses.map((status) => ({ status }));

describe('getWhopIntegrationStatusTags', () => {
  it('shows nothing when no company is connected, disconnected ones aside', () => {
    expect(getWhopIntegrationStatusTags(connections())).toEqual([]);
    expect(getWhopIntegrationStatusTags(connections('revoked'))).toEqual([]);
  });

  it('counts the active connections as connected', () => {
    expect(getWhopIntegrationStatusTags(connections('active', 'revoked'))).toEqual([
      { text: 'Connected', color: 'green' },
    ]);
    expect(getWhopIntegrationStatusTags(connections('active', 'active'))).toEqual([
      { text: '2 companies connected', color: 'green' },
    ]);
  });

  it('shows a connection Whop no longer accepts as needing reconnection, not as connected', () => {
    expect(getWhopIntegrationStatusTags(connections('needs_reauth'))).toEqual([
      { text: 'Needs reconnection', color: 'yellow' },
    ]);
    expect(getWhopIntegrationStatusTags(connections('needs_reauth', 'needs_reauth'))).toEqual([
      { text: '2 companies need reconnection', color: 'yellow' },
    ]);
  });

  it('counts each kind when some connections work and others need reconnecting', () => {
    expect(getWhopIntegrationStatusTags(connections('active', 'needs_reauth'))).toEqual([
      { text: '1 connected', color: 'green' },
      { text: '1 needs reconnection', color: 'yellow' },
    ]);
    expect(
      getWhopIntegrationStatusTags(connections('active', 'active', 'needs_reauth', 'needs_reauth')),
    ).toEqual([
      { text: '2 connected', color: 'green' },
      { text: '2 need reconnection', color: 'yellow' },
    ]);
  });
});
