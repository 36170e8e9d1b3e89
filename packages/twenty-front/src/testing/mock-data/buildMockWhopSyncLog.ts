import type { WhopSyncLog } from '@/whop/types/WhopSyncLog';

export const buildMockWhopSyncLog = (overrides: Partial<WhopSyncLog> = {}): WhopSyncLog => ({
  id: 'log-1',
  type: 'full',
  status: 'success',
  counts: [
    { object: 'person', created: 240, updated: 10, unchanged: 0 },
    { object: 'opportunity', created: 300, updated: 0, unchanged: 5 },
  ],
  issues: [],
  issueCount: 0,
  errorMessage: null,
  startedAt: '2025-03-14T10:00:00.000Z',
  completedAt: '2025-03-14T10:02:14.000Z',
  ...overrides,
});
