import type { WHOP_MEMBERSHIP_STATUSES } from '@/whop/constants/WhopMembershipStatuses';

export type WhopMembershipStatus = (typeof WHOP_MEMBERSHIP_STATUSES)[number];
