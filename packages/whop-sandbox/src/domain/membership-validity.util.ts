import type { MembershipStatus } from '../types/whop-enums.type';

// Statuses that grant access. Entering this set fires `membership.activated`; leaving it fires
// `membership.deactivated` (Whop's former `went_valid` / `went_invalid`).
const VALID_STATUSES: ReadonlySet<MembershipStatus> = new Set<MembershipStatus>([
  'trialing',
  'active',
  'past_due',
  'canceling',
  'completed',
]);

export const isValidMembershipStatus = (status: MembershipStatus): boolean =>
  VALID_STATUSES.has(status);
