import { type WhopMembershipStatus } from 'src/modules/whop/constants/whop-membership-statuses.constant';

// The statuses of a membership the customer still holds: what a person's `whopActiveMemberships`
// counts, and what an opportunity's MRR is counted for.
// active and trialing; canceling (canceled at period end, access until then); past_due and our
// payment_failed (a renewal is being retried, Whop has not ended the membership). Ended (canceled,
// expired, completed) and never-started (drafted, unresolved) memberships do not count.
export const WHOP_ACTIVE_MEMBERSHIP_STATUSES: ReadonlyArray<WhopMembershipStatus> = [
  'active',
  'trialing',
  'canceling',
  'past_due',
  'payment_failed',
];
