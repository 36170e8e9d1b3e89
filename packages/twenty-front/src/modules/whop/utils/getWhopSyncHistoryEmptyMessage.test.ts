import { describe, expect, it } from 'vitest';

import { getWhopSyncHistoryEmptyMessage } from '@/whop/utils/getWhopSyncHistoryEmptyMessage';

describe('getWhopSyncHistoryEmptyMessage', () => {
  it('promises the first sync only while one is queued or starting', () => {
    for (const phase of ['pending', 'ongoing'] as const)
      expect(getWhopSyncHistoryEmptyMessage(phase)).toBe(
        'No sync has run yet. The first one shows here as soon as it starts.',
      );
    expect(getWhopSyncHistoryEmptyMessage('revoked')).toBe(
      'No sync ran before this connection was disconnected.',
    );
    expect(getWhopSyncHistoryEmptyMessage('needs_reauth')).toBe('No sync has run yet.');
  });
});
