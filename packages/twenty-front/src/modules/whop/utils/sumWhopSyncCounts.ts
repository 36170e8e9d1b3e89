import type { WhopSyncObjectCount } from '@/whop/types/WhopSyncLog';

export const sumWhopSyncCounts = (counts: WhopSyncObjectCount[]) =>
  counts.reduce(
    (totals, count) => ({
      created: totals.created + count.created,
      updated: totals.updated + count.updated,
      unchanged: totals.unchanged + count.unchanged,
    }),
    { created: 0, updated: 0, unchanged: 0 },
  );
