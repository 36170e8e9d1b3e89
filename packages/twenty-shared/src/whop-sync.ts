// The states of a Whop connection and its sync, read by the server and shown by the front.
export const WHOP_CONNECTION_STATUSES = ['active', 'needs_reauth', 'revoked'] as const;
export type WhopConnectionStatus = (typeof WHOP_CONNECTION_STATUSES)[number];

export const WHOP_SYNC_STATUSES = [
  'NOT_SYNCED',
  'ONGOING',
  'ACTIVE',
  'FAILED_INSUFFICIENT_PERMISSIONS',
  'FAILED_UNKNOWN',
] as const;
export type WhopSyncStatus = (typeof WHOP_SYNC_STATUSES)[number];

export const WHOP_SYNC_STAGES = [
  'FULL_SYNC_PENDING',
  'FULL_SYNC_ONGOING',
  'INCREMENTAL_PENDING',
  'INCREMENTAL_ONGOING',
  'FAILED',
] as const;
export type WhopSyncStage = (typeof WHOP_SYNC_STAGES)[number];

// The stages of a run under way: running, or waiting for its job's next attempt.
export const WHOP_ONGOING_SYNC_STAGES: ReadonlyArray<WhopSyncStage> = [
  'FULL_SYNC_ONGOING',
  'INCREMENTAL_ONGOING',
];

// The order of a sync; each step streams pages and checkpoints its cursor, then `totals` computes
// what the pages deferred (memberships' payment states, people's lifetime values), batch by batch.
export const WHOP_SYNC_STEPS = [
  'company',
  'products',
  'plans',
  'members',
  'memberships',
  'payments',
  'totals',
] as const;
export type WhopSyncStep = (typeof WHOP_SYNC_STEPS)[number];

export const WHOP_SYNC_TYPES = ['full', 'incremental', 'webhook'] as const;
export type WhopSyncType = (typeof WHOP_SYNC_TYPES)[number];

export const WHOP_SYNC_LOG_STATUSES = ['running', 'success', 'failed', 'partial'] as const;
export type WhopSyncLogStatus = (typeof WHOP_SYNC_LOG_STATUSES)[number];

// What a payment means for the CRM, by the sync's own rule (timeline events, follow-up tasks,
// lifetime value): the server classifies each payment, and the Payments tables show it.
export const WHOP_PAYMENT_OUTCOMES = [
  'succeeded',
  'failed',
  'refunded',
  'partially_refunded',
  'pending',
  'other',
] as const;
export type WhopPaymentOutcome = (typeof WHOP_PAYMENT_OUTCOMES)[number];
