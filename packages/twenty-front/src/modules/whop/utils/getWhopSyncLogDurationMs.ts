import { isDefined } from 'twenty-shared';

import type { WhopSyncLog } from '@/whop/types/WhopSyncLog';

export const getWhopSyncLogDurationMs = ({
  startedAt,
  completedAt,
}: Pick<WhopSyncLog, 'startedAt' | 'completedAt'>): number | null =>
  isDefined(completedAt) ? Date.parse(completedAt) - Date.parse(startedAt) : null;
