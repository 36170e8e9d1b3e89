export type WhopSyncStepProgress = {
  step: string;
  processed: number;
  total: number | null;
};
