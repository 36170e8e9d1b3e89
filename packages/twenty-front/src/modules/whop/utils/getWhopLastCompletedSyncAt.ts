import { isDefined } from 'twenty-shared';

import type { WhopConnection } from '@/whop/types/WhopConnection';

// When the last sync that completed, full or incremental, finished (ISO); null when none has.
export const getWhopLastCompletedSyncAt = ({
  lastFullSyncAt,
  lastIncrementalSyncAt,
}: Pick<WhopConnection, 'lastFullSyncAt' | 'lastIncrementalSyncAt'>): string | null => {
  if (!isDefined(lastFullSyncAt) || !isDefined(lastIncrementalSyncAt)) {
    return lastFullSyncAt ?? lastIncrementalSyncAt;
  }

  return Date.parse(lastIncrementalSyncAt) > Date.parse(lastFullSyncAt)
    ? lastIncrementalSyncAt
    : lastFullSyncAt;
};
