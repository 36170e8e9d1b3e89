import { WHOP_SYNC_STEPS, type WhopSyncStep } from 'twenty-shared';

export const isWhopSyncStep = (step: string | null): step is WhopSyncStep =>
  (WHOP_SYNC_STEPS as readonly (string | null)[]).includes(step);
