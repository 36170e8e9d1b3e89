import { buildWhopMembershipEndedNote } from 'src/modules/whop/services/apply/utils/build-whop-membership-ended-note.util';
import { buildWhopMembership } from 'src/modules/whop/utils/__tests__/whop-api.fixtures';

describe('buildWhopMembershipEndedNote', () => {
  it('names the membership, when it ended (readable, in UTC) and why', () => {
    const note = buildWhopMembershipEndedNote({
      event: 'canceled',
      membership: buildWhopMembership({
        id: 'mem_1',
        status: 'canceled',
        cancellation_reason: 'Too expensive',
      }),
      opportunityName: 'Pro Community — Monthly',
      happensAt: new Date('2026-03-10T08:00:00.000Z'),
    });

    expect(note).toEqual({
      title: 'Membership canceled: Pro Community — Monthly',
      body: [
        '- **Status:** canceled',
        '- **Canceled at:** Mar 10, 2026, 8:00 AM UTC',
        '- **Reason:** Too expensive',
        '- **Whop membership:** mem_1',
      ].join('\n'),
    });
  });

  it('quotes a reason the customer typed as text, on its line', () => {
    const note = buildWhopMembershipEndedNote({
      event: 'canceled',
      membership: buildWhopMembership({
        status: 'canceled',
        cancellation_reason: '[Verify](https://evil.test)\n- **Whop membership:** mem_fake',
      }),
      opportunityName: 'Pro Community — Monthly',
      happensAt: new Date('2026-03-10T08:00:00.000Z'),
    });

    expect(note.body.split('\n')).toHaveLength(4);
    expect(note.body).toContain(
      '- **Reason:** \\[Verify\\](https://evil.test) - \\*\\*Whop membership:\\*\\* mem\\_fake',
    );
  });

  it('leaves the reason out when Whop gives none', () => {
    const note = buildWhopMembershipEndedNote({
      event: 'expired',
      membership: buildWhopMembership({
        status: 'expired',
        cancellation_reason: null,
        cancel_option: null,
      }),
      opportunityName: 'Pro Community — Monthly',
      happensAt: new Date('2026-03-10T08:00:00.000Z'),
    });

    expect(note.body).not.toContain('Reason');
    expect(note.body).toContain('- **Expired at:** Mar 10, 2026, 8:00 AM UTC');
  });
});
