import { isDefined } from 'twenty-shared';

import { type WhopMembership } from 'src/modules/whop/types/whop-api.types';

export type WhopMembershipTimelineEvent = 'activated' | 'canceled' | 'expired';

const NEVER_STARTED_STATUSES: ReadonlyArray<WhopMembership['status']> = ['drafted', 'unresolved'];

// The timeline events a membership's current state implies, oldest first, so a backfill or a
// late webhook still tells the whole story (the dedupe keys keep each one single):
// activated unless it never started (drafted, unresolved); canceled when canceled or canceling
// (or expired after a cancellation); expired when expired.
export const listWhopMembershipTimelineEvents = (
  membership: Pick<WhopMembership, 'status' | 'canceled_at'>,
): WhopMembershipTimelineEvent[] => {
  const { status } = membership;
  const events: WhopMembershipTimelineEvent[] = [];

  if (!NEVER_STARTED_STATUSES.includes(status)) {
    events.push('activated');
  }

  if (
    status === 'canceled' ||
    status === 'canceling' ||
    (status === 'expired' && isDefined(membership.canceled_at))
  ) {
    events.push('canceled');
  }

  if (status === 'expired') {
    events.push('expired');
  }

  return events;
};
