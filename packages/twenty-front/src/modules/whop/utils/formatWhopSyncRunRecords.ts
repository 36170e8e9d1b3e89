import { formatNumber } from '@/ui/field/display/utils/formatNumber';
import type { WhopSyncObjectCount } from '@/whop/types/WhopSyncLog';
import { sumWhopSyncCounts } from '@/whop/utils/sumWhopSyncCounts';

// A run's records in a history row, zeros left out: "2 updated · 330 unchanged".
export const formatWhopSyncRunRecords = (counts: WhopSyncObjectCount[]): string => {
  const { created, updated, unchanged } = sumWhopSyncCounts(counts);
  const parts = [
    created > 0 && `${formatNumber(created)} new`,
    updated > 0 && `${formatNumber(updated)} updated`,
    unchanged > 0 && `${formatNumber(unchanged)} unchanged`,
  ].filter((part): part is string => typeof part === 'string');

  return parts.length > 0 ? parts.join(' · ') : 'None read';
};
