import { WHOP_SYNC_STEP_LABELS } from '@/whop/constants/WhopSyncStepLabels';
import { isWhopSyncStep } from '@/whop/utils/isWhopSyncStep';

// "Waiting to retry payments" for the step a sync waits to take up again; "Waiting to retry"
// before the first step began.
export const getWhopSyncRetryingTitle = (step: string | null): string =>
  isWhopSyncStep(step)
    ? `Waiting to retry ${WHOP_SYNC_STEP_LABELS[step].retried}`
    : 'Waiting to retry';
