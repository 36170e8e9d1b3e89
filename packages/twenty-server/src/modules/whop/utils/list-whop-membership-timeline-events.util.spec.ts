import {
  WHOP_API_MEMBERSHIP_STATUSES,
  type WhopApiMembershipStatus,
} from 'src/modules/whop/constants/whop-membership-statuses.constant';
import {
  listWhopMembershipTimelineEvents,
  type WhopMembershipTimelineEvent,
} from 'src/modules/whop/utils/list-whop-membership-timeline-events.util';

const EXPECTED_EVENTS: Record<WhopApiMembershipStatus, WhopMembershipTimelineEvent[]> = {
  trialing: ['activated'],
  active: ['activated'],
  past_due: ['activated'],
  completed: ['activated'],
  canceled: ['activated', 'canceled'],
  expired: ['activated', 'expired'],
  unresolved: [],
  drafted: [],
  canceling: ['activated', 'canceled'],
};

describe('listWhopMembershipTimelineEvents', () => {
  it.each(WHOP_API_MEMBERSHIP_STATUSES.map((status) => [status, EXPECTED_EVENTS[status]]))(
    'lists the events of a %p membership: %p',
    (status, expected) => {
      expect(
        listWhopMembershipTimelineEvents({
          status: status as WhopApiMembershipStatus,
          canceled_at: null,
        }),
      ).toEqual(expected);
    },
  );

  it('tells that an expired membership was canceled first', () => {
    expect(
      listWhopMembershipTimelineEvents({
        status: 'expired',
        canceled_at: '2026-02-01T00:00:00.000Z',
      }),
    ).toEqual(['activated', 'canceled', 'expired']);
  });
});
