import { type WorkspaceFieldDefinition } from 'src/engine/twenty-orm/types/workspace-object-definition.type';

// Fields the integration adds to Twenty's standard objects, prefixed `whop` as Twenty does for
// integration-owned custom fields.
export const WHOP_PERSON_FIELDS: Record<string, WorkspaceFieldDefinition> = {
  whopUserId: { type: 'text' },
  whopMemberId: { type: 'text' },
  whopUsername: { type: 'text' },
  // The name Whop last gave (the seller's own name for the person is not overwritten).
  whopNameFirstName: { type: 'text' },
  whopNameLastName: { type: 'text' },
  // The email and phone Whop last gave (the seller's own are not overwritten).
  whopEmail: { type: 'text' },
  whopPhone: { type: 'text' },
  whopProfilePicUrl: { type: 'text' },
  whopCreatedAt: { type: 'timestamptz' },
  // The version (`updated_at`) of the Whop member the person's details were last taken from.
  whopUpdatedAt: { type: 'timestamptz' },
  whopSyncedAt: { type: 'timestamptz' },
  whopLifetimeValueAmountMicros: { type: 'numeric' },
  whopLifetimeValueCurrencyCode: { type: 'text' },
  whopLifetimeValues: { type: 'jsonb' },
  whopActiveMemberships: { type: 'integer' },
};

export const WHOP_OPPORTUNITY_FIELDS: Record<string, WorkspaceFieldDefinition> = {
  whopMembershipId: { type: 'text' },
  // What the seller sees: Whop's status, or payment_failed while the latest payment failed.
  whopMembershipStatus: { type: 'text' },
  // Whop's own status, as it last reported it: what payment_failed gives way to once a payment
  // goes through.
  whopReportedMembershipStatus: { type: 'text' },
  whopProductId: { type: 'uuid' },
  whopPlanId: { type: 'text' },
  whopUserId: { type: 'text' },
  whopRenewalDate: { type: 'timestamptz' },
  whopLastPaymentDate: { type: 'timestamptz' },
  whopCancelAtPeriodEnd: { type: 'boolean' },
  whopMrrAmountMicros: { type: 'numeric' },
  whopMrrCurrencyCode: { type: 'text' },
  whopUpdatedAt: { type: 'timestamptz' },
  whopSyncedAt: { type: 'timestamptz' },
};

// Keys that make the integration's notes, tasks and timeline entries idempotent: a re-sync or a
// replayed webhook finds the row it wrote before instead of adding another.
export const WHOP_TIMELINE_ACTIVITY_FIELDS: Record<string, WorkspaceFieldDefinition> = {
  whopEventKey: { type: 'text' },
};

export const WHOP_TASK_FIELDS: Record<string, WorkspaceFieldDefinition> = {
  whopFollowUpKey: { type: 'text' },
  // What the sync last wrote on a follow-up: its title and body, the failure it tells of, and the
  // due date Whop's next retry gave (what the seller sees, and may change, is the task's own).
  whopFollowUpTitle: { type: 'text' },
  whopFollowUpBody: { type: 'text' },
  whopFollowUpFailure: { type: 'text' },
  whopFollowUpDueAt: { type: 'timestamptz' },
  // When the sync closed it for that failure: once, so that a task the seller reopens stays open.
  whopFollowUpClosedAt: { type: 'timestamptz' },
};

export const WHOP_NOTE_FIELDS: Record<string, WorkspaceFieldDefinition> = {
  whopNoteKey: { type: 'text' },
};
