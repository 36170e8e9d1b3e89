import { isDefined } from 'twenty-shared';

import type { WhopSyncStepRow } from '@/whop/types/WhopSyncStepRow';

// A step that processed more records than its estimate (the last full sync's count: the company
// has grown since): the estimate no longer says how many are left.
export const isWhopSyncStepPastEstimate = ({
  processed,
  total,
}: Pick<WhopSyncStepRow, 'processed' | 'total'>): boolean => isDefined(total) && processed > total;
