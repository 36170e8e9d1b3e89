import type { WhopSyncLog } from '@/whop/types/WhopSyncLog';
import { isDefined } from '~/utils/isDefined';

export const getWhopSyncLogDurationMs = ({
  startedAt,
  completedAt,
}: Pick<WhopSyncLog, 'startedAt' | 'completedAt'>): number | null =>
  isDefined(completedAt) ? Date.parse(completedAt) - Date.parse(startedAt) : null;
