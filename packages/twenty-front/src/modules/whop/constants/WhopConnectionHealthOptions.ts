import type { TagColor } from '@/ui/display/types/TagColor';
import type { WhopConnectionHealth } from '@/whop/types/WhopConnectionHealth';

export const WHOP_CONNECTION_HEALTH_OPTIONS: Record<
  WhopConnectionHealth,
  { label: string; color: TagColor }
> = {
  active: { label: 'Active', color: 'green' },
  syncing: { label: 'Syncing', color: 'blue' },
  retrying: { label: 'Retrying', color: 'yellow' },
  stalled: { label: 'Stalled', color: 'yellow' },
  needs_reauth: { label: 'Needs reconnection', color: 'yellow' },
  revoked: { label: 'Disconnected', color: 'gray' },
  failed: { label: 'Failed', color: 'red' },
};
