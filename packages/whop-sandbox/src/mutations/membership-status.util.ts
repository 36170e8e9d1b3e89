import { isValidMembershipStatus } from '../domain/membership-validity.util';
import type { MembershipRecord } from '../types/sandbox-records.type';
import type { MembershipStatus } from '../types/whop-enums.type';
import type { SandboxEvent } from '../webhooks/sandbox-event.type';

// Sets the status; gaining access fires `membership.activated`, losing it `membership.deactivated`.
export const changeMembershipStatus = (
  membership: MembershipRecord,
  status: MembershipStatus,
): SandboxEvent[] => {
  const wasValid = isValidMembershipStatus(membership.status);
  membership.status = status;
  const isValid = isValidMembershipStatus(status);
  if (!wasValid && isValid) return [{ type: 'membership.activated', membership }];
  if (wasValid && !isValid) return [{ type: 'membership.deactivated', membership }];
  return [];
};
