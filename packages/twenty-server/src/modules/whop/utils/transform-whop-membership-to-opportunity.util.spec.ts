import { type WhopApiMembershipStatus } from 'src/modules/whop/constants/whop-membership-statuses.constant';
import {
  buildWhopMembership,
  buildWhopPlan,
} from 'src/modules/whop/utils/__tests__/whop-api.fixtures';
import {
  readWhopOpportunityMemberName,
  transformWhopMembershipToOpportunity,
} from 'src/modules/whop/utils/transform-whop-membership-to-opportunity.util';

// Whop's nine membership statuses (WHOP_API.md), written out here: a status dropped from the
// server's own list would otherwise drop out of these tests too.
const WHOP_MEMBERSHIP_STATUSES: WhopApiMembershipStatus[] = [
  'trialing',
  'active',
  'past_due',
  'completed',
  'canceled',
  'expired',
  'unresolved',
  'drafted',
  'canceling',
];

describe('transformWhopMembershipToOpportunity', () => {
  it('maps an active monthly membership', () => {
    expect(
      transformWhopMembershipToOpportunity({
        membership: buildWhopMembership(),
        plan: buildWhopPlan(),
        productTitle: 'Pro Community',
        memberDisplayName: 'Ada Lovelace',
      }),
    ).toEqual({
      name: 'Pro Community — Monthly',
      amountAmountMicros: '19990000',
      amountCurrencyCode: 'USD',
      whopMembershipId: 'mem_1',
      whopMembershipStatus: 'active',
      whopPlanId: 'plan_1',
      whopProductWhopId: 'prod_1',
      whopUserId: 'user_1',
      whopRenewalDate: new Date('2026-03-31T09:31:00.000Z'),
      whopCancelAtPeriodEnd: false,
      whopMrrAmountMicros: '19990000',
      whopMrrCurrencyCode: 'USD',
      closeDate: new Date('2026-01-15T09:30:00.000Z'),
      stageWhenActive: 'CUSTOMER',
      whopUpdatedAt: new Date('2026-03-01T10:00:00.000Z'),
    });
  });

  it('names the opportunity after the member when the plan has no title', () => {
    const opportunity = transformWhopMembershipToOpportunity({
      membership: buildWhopMembership(),
      plan: buildWhopPlan({ title: null }),
      productTitle: 'Pro Community',
      memberDisplayName: 'José Álvarez',
    });

    expect(opportunity.name).toBe('Pro Community — José Álvarez');
  });

  it('falls back to the titles and names the membership embeds', () => {
    const opportunity = transformWhopMembershipToOpportunity({
      membership: buildWhopMembership({
        product: { id: 'prod_2', title: 'Signals', metadata: null },
      }),
      plan: buildWhopPlan({ title: '' }),
    });

    expect(opportunity.name).toBe('Signals — Ada Lovelace');
  });

  it('uses the username, then the membership id, when no name is known', () => {
    const withUsername = transformWhopMembershipToOpportunity({
      membership: buildWhopMembership({
        user: { id: 'user_2', name: null, username: 'trader_joe' },
      }),
      plan: null,
      productTitle: 'Pro Community',
    });
    const withNothing = transformWhopMembershipToOpportunity({
      membership: buildWhopMembership({ user: null }),
      plan: null,
      productTitle: 'Pro Community',
    });

    expect(withUsername.name).toBe('Pro Community — trader_joe');
    expect(withNothing.name).toBe('Pro Community — mem_1');
  });

  it('maps a yearly plan in EUR with its MRR', () => {
    const opportunity = transformWhopMembershipToOpportunity({
      membership: buildWhopMembership({ currency: 'eur' }),
      plan: buildWhopPlan({
        title: 'Yearly',
        billing_period: 365,
        renewal_price: 299.99,
        currency: 'eur',
      }),
      productTitle: 'Pro Community',
    });

    expect(opportunity).toMatchObject({
      name: 'Pro Community — Yearly',
      amountAmountMicros: '299990000',
      amountCurrencyCode: 'EUR',
      whopMrrAmountMicros: '24656712',
      whopMrrCurrencyCode: 'EUR',
    });
  });

  it('maps a weekly plan', () => {
    const opportunity = transformWhopMembershipToOpportunity({
      membership: buildWhopMembership(),
      plan: buildWhopPlan({ title: 'Weekly', billing_period: 7, renewal_price: 10 }),
    });

    expect([opportunity.amountAmountMicros, opportunity.whopMrrAmountMicros]).toEqual([
      '10000000',
      '42857143',
    ]);
  });

  it('maps a one-time plan: the initial price, no MRR', () => {
    const opportunity = transformWhopMembershipToOpportunity({
      membership: buildWhopMembership({ renewal_period_end: null }),
      plan: buildWhopPlan({
        title: 'Lifetime',
        plan_type: 'one_time',
        billing_period: null,
        initial_price: 499,
        renewal_price: 0,
      }),
      productTitle: 'Pro Community',
    });

    expect(opportunity).toMatchObject({
      name: 'Pro Community — Lifetime',
      amountAmountMicros: '499000000',
      amountCurrencyCode: 'USD',
      whopMrrAmountMicros: '0',
      whopMrrCurrencyCode: 'USD',
      whopRenewalDate: null,
    });
  });

  it.each(
    WHOP_MEMBERSHIP_STATUSES.map((status) => [
      status,
      status === 'active' || status === 'trialing',
    ]),
  )('keeps the status %p (customer stage: %p)', (status, isCustomer) => {
    const opportunity = transformWhopMembershipToOpportunity({
      membership: buildWhopMembership({ status }),
      plan: buildWhopPlan(),
    });

    expect(opportunity.whopMembershipStatus).toBe(status);
    expect(opportunity.stageWhenActive).toBe(isCustomer ? 'CUSTOMER' : null);
  });

  it.each(WHOP_MEMBERSHIP_STATUSES.map((status) => [status]))(
    'counts the MRR of a %p membership only while the customer holds it',
    (status) => {
      const opportunity = transformWhopMembershipToOpportunity({
        membership: buildWhopMembership({ status }),
        plan: buildWhopPlan(),
      });
      const held = ['active', 'trialing', 'canceling', 'past_due'].includes(status);

      expect([opportunity.whopMrrAmountMicros, opportunity.whopMrrCurrencyCode]).toEqual([
        held ? '19990000' : '0',
        'USD',
      ]);
      expect(opportunity.amountAmountMicros).toBe('19990000');
    },
  );

  it('maps a membership canceling at period end', () => {
    const opportunity = transformWhopMembershipToOpportunity({
      membership: buildWhopMembership({ status: 'canceling', cancel_at_period_end: true }),
      plan: buildWhopPlan(),
    });

    expect([opportunity.whopCancelAtPeriodEnd, opportunity.stageWhenActive]).toEqual([true, null]);
  });

  it('does not throw without plan, product or user', () => {
    const opportunity = transformWhopMembershipToOpportunity({
      membership: buildWhopMembership({
        plan: null,
        product: null,
        user: null,
        member: null,
        cancel_at_period_end: null,
        joined_at: null,
        renewal_period_end: null,
      }),
      plan: null,
    });

    expect(opportunity).toEqual({
      name: 'Whop — mem_1',
      amountAmountMicros: null,
      amountCurrencyCode: 'USD',
      whopMembershipId: 'mem_1',
      whopMembershipStatus: 'active',
      whopPlanId: null,
      whopProductWhopId: null,
      whopUserId: null,
      whopRenewalDate: null,
      whopCancelAtPeriodEnd: false,
      whopMrrAmountMicros: null,
      whopMrrCurrencyCode: 'USD',
      closeDate: new Date('2026-01-15T09:30:00.000Z'),
      stageWhenActive: 'CUSTOMER',
      whopUpdatedAt: new Date('2026-03-01T10:00:00.000Z'),
    });
  });

  it('reads flat ids (newer API dates) and the product from the plan', () => {
    const opportunity = transformWhopMembershipToOpportunity({
      membership: buildWhopMembership({
        plan: undefined,
        plan_id: 'plan_9',
        product: undefined,
        user: undefined,
        user_id: 'user_9',
      }),
      plan: buildWhopPlan({ id: 'plan_9', product: { id: 'prod_9', title: 'From Plan' } }),
    });

    expect(opportunity).toMatchObject({
      name: 'From Plan — Monthly',
      whopPlanId: 'plan_9',
      whopProductWhopId: 'prod_9',
      whopUserId: 'user_9',
    });
  });

  it('reads Money objects (newer API dates)', () => {
    const opportunity = transformWhopMembershipToOpportunity({
      membership: buildWhopMembership({ currency: null }),
      plan: buildWhopPlan({ renewal_price: { amount: '10.00', currency: 'gbp' }, currency: null }),
    });

    expect(opportunity).toMatchObject({
      amountAmountMicros: '10000000',
      amountCurrencyCode: 'GBP',
      whopMrrAmountMicros: '10000000',
      whopMrrCurrencyCode: 'GBP',
    });
  });
});

describe('readWhopOpportunityMemberName', () => {
  it('reads the member an opportunity was named after, after the last separator', () => {
    expect(readWhopOpportunityMemberName('Chess Club — Dana Gone')).toBe('Dana Gone');
    expect(readWhopOpportunityMemberName('Chess — the Club — Dana Gone')).toBe('Dana Gone');
  });

  it('reads none from a name not built as "<product> — <member>"', () => {
    expect(readWhopOpportunityMemberName('Renamed by the seller')).toBeNull();
    expect(readWhopOpportunityMemberName('Chess Club — ')).toBeNull();
  });
});
