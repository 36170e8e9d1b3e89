import { type WhopSyncObjectCounts } from 'src/modules/whop/entities/whop-sync-log.entity';
import { type WhopApplyResult } from 'src/modules/whop/services/apply/whop-apply.types';

// Adds what an apply did to a run's counts of that object.
export const addWhopApplyResult = (
  counts: WhopSyncObjectCounts,
  objectName: string,
  result: WhopApplyResult,
): void => {
  const current = counts[objectName] ?? { created: 0, updated: 0, unchanged: 0 };

  counts[objectName] = {
    created: current.created + result.created,
    updated: current.updated + result.updated,
    unchanged: current.unchanged + result.unchanged,
  };
};
