import { WHOP_ONGOING_SYNC_STAGES, type WhopSyncStage } from 'twenty-shared';

export const isWhopSyncStageOngoing = (syncStage: WhopSyncStage): boolean =>
  WHOP_ONGOING_SYNC_STAGES.includes(syncStage);
