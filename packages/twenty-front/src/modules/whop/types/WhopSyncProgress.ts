import type { WhopSyncStepProgress } from '@/whop/types/WhopSyncStepProgress';

export type WhopSyncProgress = {
  step: string | null;
  steps: WhopSyncStepProgress[];
  recordsPerSecond: number | null;
  startedAt: string | null;
  // When the attempt under way resumed the run, and the records processed by then: the rate is
  // measured from there. Null: from `startedAt`.
  rateSince: { at: string; processed: number } | null;
  warnings: number;
  errors: number;
};
