import { type WhopSyncStage } from 'twenty-shared';

// The stages of a run under way: running, or waiting for its job's next attempt.
export const WHOP_ONGOING_SYNC_STAGES: ReadonlyArray<WhopSyncStage> = [
  'FULL_SYNC_ONGOING',
  'INCREMENTAL_ONGOING',
];
