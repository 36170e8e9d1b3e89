import type { TagColor } from '@/ui/display/types/TagColor';
import type { WhopMembershipStatus } from '@/whop/types/WhopMembershipStatus';

export const WHOP_MEMBERSHIP_STATUS_OPTIONS: Record<
  WhopMembershipStatus,
  { label: string; color: TagColor }
> = {
  trialing: { label: 'Trialing', color: 'sky' },
  active: { label: 'Active', color: 'green' },
  canceling: { label: 'Canceling', color: 'yellow' },
  past_due: { label: 'Past due', color: 'yellow' },
  payment_failed: { label: 'Payment failed', color: 'red' },
  unresolved: { label: 'Unresolved', color: 'purple' },
  completed: { label: 'Completed', color: 'turquoise' },
  canceled: { label: 'Canceled', color: 'gray' },
  expired: { label: 'Expired', color: 'gray' },
  drafted: { label: 'Drafted', color: 'gray' },
};
