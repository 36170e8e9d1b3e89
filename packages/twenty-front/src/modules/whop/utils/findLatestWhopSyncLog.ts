import type { WhopSyncType } from 'twenty-shared';

import type { WhopSyncLog } from '@/whop/types/WhopSyncLog';

// The most recent finished run of a type, from logs ordered newest first.
export const findLatestWhopSyncLog = (
  logs: WhopSyncLog[],
  type: WhopSyncType,
): WhopSyncLog | undefined => logs.find((log) => log.type === type && log.status !== 'running');
