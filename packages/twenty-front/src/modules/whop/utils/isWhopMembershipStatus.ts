import { WHOP_MEMBERSHIP_STATUS_OPTIONS } from '@/whop/constants/WhopMembershipStatusOptions';
import type { WhopMembershipStatus } from '@/whop/types/WhopMembershipStatus';

export const isWhopMembershipStatus = (status: string | null): status is WhopMembershipStatus =>
  status !== null && Object.hasOwn(WHOP_MEMBERSHIP_STATUS_OPTIONS, status);
