import { WHOP_SYNC_STEP_LABELS } from '@/whop/constants/WhopSyncStepLabels';
import { isWhopSyncStep } from '@/whop/utils/isWhopSyncStep';

// "Importing memberships" for the step running now; "Starting" before the first step begins.
export const getWhopSyncRunningTitle = (step: string | null): string =>
  isWhopSyncStep(step) ? WHOP_SYNC_STEP_LABELS[step].running : 'Starting';
