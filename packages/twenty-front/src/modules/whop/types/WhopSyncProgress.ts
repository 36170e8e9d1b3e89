import type { WhopSyncStepProgress } from '@/whop/types/WhopSyncStepProgress';

export type WhopSyncProgress = {
  step: string | null;
  steps: WhopSyncStepProgress[];
  recordsPerSecond: number | null;
  startedAt: string | null;
  warnings: number;
  errors: number;
};
