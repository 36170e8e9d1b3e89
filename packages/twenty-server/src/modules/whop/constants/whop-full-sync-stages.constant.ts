import { type WhopSyncStage } from 'twenty-shared';

// The stages of a full sync asked for and not finished: waiting to start, or under way.
export const WHOP_FULL_SYNC_STAGES: ReadonlyArray<WhopSyncStage> = [
  'FULL_SYNC_PENDING',
  'FULL_SYNC_ONGOING',
];
