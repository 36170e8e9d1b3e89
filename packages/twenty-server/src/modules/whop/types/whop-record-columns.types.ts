import { type WhopMembershipStatus } from 'src/modules/whop/constants/whop-membership-statuses.constant';
import {
  type WhopPaymentBillingReason,
  type WhopPaymentStatus,
  type WhopPaymentSubstatus,
  type WhopVisibility,
} from 'src/modules/whop/types/whop-api.types';

// The workspace columns the mappers produce, named the Twenty way (composite fields flattened).
// Relations are left to the caller, which resolves Whop ids to record ids.

export type WhopPersonColumns = {
  nameFirstName: string;
  nameLastName: string;
  // Whop's own name for the user, split as the name is; null when Whop gave none (the name is then
  // the username).
  whopNameFirstName: string | null;
  whopNameLastName: string | null;
  emailsPrimaryEmail: string | null;
  phonesPrimaryPhoneNumber: string | null;
  // The email and phone Whop gave, kept beside the person's own (which the seller may change).
  whopEmail: string | null;
  whopPhone: string | null;
  whopUserId: string | null;
  whopMemberId: string | null;
  whopUsername: string | null;
  whopProfilePicUrl: string | null;
  whopCreatedAt: Date | null;
  // The member's version (its `updated_at`); null from a user as a membership or payment embeds
  // it, which carries none.
  whopUpdatedAt: Date | null;
  whopSyncedAt: Date;
};

export type WhopProductColumns = {
  whopId: string;
  name: string;
  description: string | null;
  visibility: WhopVisibility | null;
  whopCreatedAt: Date | null;
  whopUpdatedAt: Date | null;
  memberCount: number | null;
  syncedAt: Date;
};

export type WhopOpportunityStageWhenActive = 'CUSTOMER';

export type WhopOpportunityColumns = {
  name: string;
  amountAmountMicros: string | null;
  amountCurrencyCode: string | null;
  whopMembershipId: string;
  whopMembershipStatus: WhopMembershipStatus;
  whopPlanId: string | null;
  whopProductWhopId: string | null;
  whopUserId: string | null;
  whopRenewalDate: Date | null;
  whopCancelAtPeriodEnd: boolean;
  whopMrrAmountMicros: string | null;
  whopMrrCurrencyCode: string | null;
  closeDate: Date | null;
  // Not a column: the stage to set, or null to leave the opportunity's stage unchanged.
  stageWhenActive: WhopOpportunityStageWhenActive | null;
  // Not a column: compared with the stored version so an older one never overwrites a newer one.
  whopUpdatedAt: Date | null;
};

export type WhopPaymentColumns = {
  whopId: string;
  amountAmountMicros: string | null;
  amountCurrencyCode: string | null;
  status: WhopPaymentStatus | null;
  substatus: WhopPaymentSubstatus | null;
  billingReason: WhopPaymentBillingReason | null;
  paidAt: Date | null;
  refundedAmountAmountMicros: string | null;
  refundedAmountCurrencyCode: string | null;
  refundedAt: Date | null;
  failureMessage: string | null;
  lastPaymentAttemptAt: Date | null;
  nextPaymentAttemptAt: Date | null;
  whopUserId: string | null;
  whopMembershipId: string | null;
  whopProductWhopId: string | null;
  whopPlanId: string | null;
  whopCreatedAt: Date | null;
  whopUpdatedAt: Date | null;
};
