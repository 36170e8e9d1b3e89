import type { WhopSyncType } from 'twenty-shared';

export const WHOP_SYNC_TYPE_LABELS: Record<WhopSyncType, string> = {
  full: 'Full',
  incremental: 'Incremental',
  webhook: 'Webhook',
};
