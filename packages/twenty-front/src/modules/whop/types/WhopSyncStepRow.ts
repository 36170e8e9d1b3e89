import type { WhopSyncStep } from 'twenty-shared';

export type WhopSyncStepRow = {
  step: WhopSyncStep;
  state: 'done' | 'current' | 'upcoming';
  processed: number;
  total: number | null;
};
