import { WHOP_SYNC_STEPS } from 'twenty-shared';

import type { WhopSyncProgress } from '@/whop/types/WhopSyncProgress';
import type { WhopSyncStepRow } from '@/whop/types/WhopSyncStepRow';
import { isWhopSyncStep } from '@/whop/utils/isWhopSyncStep';

// Every step of a sync in the order the server runs them, with what the progress says about each.
// A run with no current step has finished all of them.
export const getWhopSyncStepRows = (
  progress: Pick<WhopSyncProgress, 'step' | 'steps'>,
): WhopSyncStepRow[] => {
  const currentIndex = isWhopSyncStep(progress.step)
    ? WHOP_SYNC_STEPS.indexOf(progress.step)
    : WHOP_SYNC_STEPS.length;

  return WHOP_SYNC_STEPS.map((step, index) => {
    const stepProgress = progress.steps.find((entry) => entry.step === step);

    return {
      step,
      state: index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'upcoming',
      processed: stepProgress?.processed ?? 0,
      total: stepProgress?.total ?? null,
    };
  });
};
