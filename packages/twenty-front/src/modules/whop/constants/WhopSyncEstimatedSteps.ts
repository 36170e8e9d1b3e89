import type { WhopSyncStep } from 'twenty-shared';

// The steps the server can estimate, from the counts of the last successful full sync, when a run
// reads all their records: every one in a full sync, all but payments (read from the last run on)
// in a sync of changes. The company, its plans and the totals are short and never estimated.
export const WHOP_SYNC_ESTIMATED_STEPS: ReadonlyArray<WhopSyncStep> = [
  'products',
  'members',
  'memberships',
  'payments',
];
