import { formatNumber } from '@/ui/field/display/utils/formatNumber';
import type { WhopSyncObjectCount } from '@/whop/types/WhopSyncLog';
import { sumWhopSyncCounts } from '@/whop/utils/sumWhopSyncCounts';

// "250 created, 3 updated, 1,200 unchanged"
export const formatWhopSyncCounts = (counts: WhopSyncObjectCount[]): string => {
  const { created, updated, unchanged } = sumWhopSyncCounts(counts);

  return `${formatNumber(created)} created, ${formatNumber(updated)} updated, ${formatNumber(unchanged)} unchanged`;
};
