import { formatNumber } from '@/ui/field/display/utils/formatNumber';
import type { WhopSyncObjectCount } from '@/whop/types/WhopSyncLog';
import { sumWhopSyncCounts } from '@/whop/utils/sumWhopSyncCounts';

// Binds a figure to its word, and a separator to the part before it.
const NO_BREAK_SPACE = '\u00a0';

// A run's records in a history row, zeros left out: "2 updated · 330 unchanged". Where the row is
// too narrow, the line breaks only after a separator, never inside "330 unchanged".
export const formatWhopSyncRunRecords = (counts: WhopSyncObjectCount[]): string => {
  const { created, updated, unchanged } = sumWhopSyncCounts(counts);
  const parts = [
    created > 0 && `${formatNumber(created)} new`,
    updated > 0 && `${formatNumber(updated)} updated`,
    unchanged > 0 && `${formatNumber(unchanged)} unchanged`,
  ]
    .filter((part): part is string => typeof part === 'string')
    .map((part) => part.replace(' ', NO_BREAK_SPACE));

  return parts.length > 0 ? parts.join(`${NO_BREAK_SPACE}· `) : 'None read';
};
