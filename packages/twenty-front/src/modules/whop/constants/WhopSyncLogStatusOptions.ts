import type { WhopSyncLogStatus } from 'twenty-shared';

import type { TagColor } from '@/ui/display/types/TagColor';

export const WHOP_SYNC_LOG_STATUS_OPTIONS: Record<
  WhopSyncLogStatus,
  { label: string; color: TagColor }
> = {
  running: { label: 'Running', color: 'blue' },
  success: { label: 'Succeeded', color: 'green' },
  partial: { label: 'Partial', color: 'yellow' },
  failed: { label: 'Failed', color: 'red' },
};
