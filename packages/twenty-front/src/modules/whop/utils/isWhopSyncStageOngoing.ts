import type { WhopSyncStage } from 'twenty-shared';

export const isWhopSyncStageOngoing = (syncStage: WhopSyncStage): boolean =>
  syncStage.endsWith('_ONGOING');
