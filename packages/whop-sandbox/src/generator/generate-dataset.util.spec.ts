import { isValidMembershipStatus } from '../domain/membership-validity.util';
import { PAYMENT_ATTEMPTS_LIMIT } from '../constants/payment-retry-schedule.constant';
import { MEMBERSHIP_STATUSES } from '../types/whop-enums.type';
import { generateDataset } from './generate-dataset.util';
import { createPrng } from './prng.util';

const REFERENCE_TIME = Date.UTC(2026, 6, 20);

describe('generateDataset', () => {
  const dataset = generateDataset({ seed: 42, members: 2000, referenceTime: REFERENCE_TIME });

  it('is deterministic for a seed and member count', () => {
    expect(
      JSON.stringify(generateDataset({ seed: 42, members: 2000, referenceTime: REFERENCE_TIME })),
    ).toBe(JSON.stringify(dataset));
    const other = generateDataset({ seed: 43, members: 2000, referenceTime: REFERENCE_TIME });
    expect(other.company.id).not.toBe(dataset.company.id);
    expect(other.members[0].id).not.toBe(dataset.members[0].id);
  });

  it('keeps ids and content when only the reference date moves', () => {
    const later = generateDataset({
      seed: 42,
      members: 2000,
      referenceTime: REFERENCE_TIME + 86_400_000,
    });
    expect(later.memberships.map((membership) => [membership.id, membership.status])).toEqual(
      dataset.memberships.map((membership) => [membership.id, membership.status]),
    );
    expect(later.memberships[0].createdAt - dataset.memberships[0].createdAt).toBe(86_400_000);
  });

  it('uses Whop id prefixes', () => {
    expect(dataset.company.id).toMatch(/^biz_[A-Za-z0-9]{14}$/);
    expect(dataset.users[1].id).toMatch(/^user_[A-Za-z0-9]{13}$/);
    expect(dataset.members[0].id).toMatch(/^mber_/);
    expect(dataset.products[0].id).toMatch(/^prod_/);
    expect(dataset.plans[0].id).toMatch(/^plan_/);
    expect(dataset.memberships[0].id).toMatch(/^mem_/);
    expect(dataset.payments[0].id).toMatch(/^pay_/);
    const ids = [
      ...dataset.users,
      ...dataset.members,
      ...dataset.memberships,
      ...dataset.payments,
    ].map((record) => record.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('sizes the catalog at about one product per 500 members, at least three', () => {
    expect(dataset.products).toHaveLength(4);
    expect(
      generateDataset({ seed: 1, members: 10, referenceTime: REFERENCE_TIME }).products,
    ).toHaveLength(3);
    const billingPeriods = new Set(dataset.plans.map((plan) => plan.billingPeriod));
    expect(billingPeriods).toEqual(new Set([7, 30, 365, null]));
    expect(new Set(dataset.plans.map((plan) => plan.currency)).size).toBeGreaterThanOrEqual(2);
    expect(dataset.plans.some((plan) => plan.renewalPrice % 1 !== 0)).toBe(true);
  });

  it('covers every membership status and the payment outcomes, about three payments each', () => {
    expect(new Set(dataset.memberships.map((membership) => membership.status))).toEqual(
      new Set(MEMBERSHIP_STATUSES),
    );
    expect(new Set(dataset.payments.map((payment) => payment.substatus))).toEqual(
      new Set(['succeeded', 'failed', 'refunded', 'partially_refunded', 'pending']),
    );
    const failed = dataset.payments.filter((payment) => payment.substatus === 'failed');
    expect(failed.some((payment) => payment.nextPaymentAttempt !== null)).toBe(true);
    expect(failed.some((payment) => payment.nextPaymentAttempt === null)).toBe(true);
    for (const payment of failed) {
      // Retried on schedule up to the reference time: the next retry is still ahead, and none is
      // planned once the attempts are used up.
      expect(payment.lastPaymentAttempt).toBeLessThanOrEqual(REFERENCE_TIME);
      expect(payment.nextPaymentAttempt === null).toBe(
        payment.paymentsFailed === PAYMENT_ATTEMPTS_LIMIT,
      );
      expect(payment.nextPaymentAttempt ?? Infinity).toBeGreaterThan(REFERENCE_TIME);
    }
    const perMembership = dataset.payments.length / dataset.memberships.length;
    expect(perMembership).toBeGreaterThan(2.5);
    expect(perMembership).toBeLessThan(3.5);
    expect([...new Set(dataset.payments.map((payment) => payment.currency))]).toEqual(
      expect.arrayContaining(['usd', 'eur', 'gbp']),
    );
  });

  it('has the awkward people real sellers have', () => {
    const customers = dataset.users.slice(1);
    expect(customers.some((user) => user.email === null)).toBe(true);
    const emails = customers.map((user) => user.email).filter((email) => email !== null);
    expect(new Set(emails).size).toBeLessThan(emails.length);
    expect(customers.some((user) => user.name === null && user.username !== '')).toBe(true);
    expect(customers.some((user) => user.name !== null && !user.name.includes(' '))).toBe(true);
    expect(customers.some((user) => user.name !== null && /[^\x00-\x7f]/.test(user.name))).toBe(
      true,
    );
    expect(customers.some((user) => user.name !== null && /\p{Script=Han}/u.test(user.name))).toBe(
      true,
    );
    expect(new Set(customers.map((user) => user.username)).size).toBe(customers.length);
  });

  it('dates memberships and payments plausibly', () => {
    const memberships = new Map(
      dataset.memberships.map((membership) => [membership.id, membership]),
    );
    const badPayments = dataset.payments.filter(
      (payment) =>
        payment.createdAt > REFERENCE_TIME ||
        payment.createdAt < memberships.get(payment.membershipId)!.createdAt ||
        payment.updatedAt < payment.createdAt ||
        (payment.substatus === 'succeeded' && payment.paidAt === null) ||
        (payment.substatus === 'refunded' && payment.refundedAmount !== payment.total),
    );
    expect(badPayments).toEqual([]);
    const badMemberships = dataset.memberships.filter(
      (membership) =>
        membership.createdAt <= dataset.company.createdAt ||
        membership.updatedAt > REFERENCE_TIME ||
        (membership.status === 'active' &&
          membership.renewalPeriodEnd !== null &&
          membership.renewalPeriodEnd <= REFERENCE_TIME) ||
        (membership.status === 'canceled' && membership.canceledAt === null) ||
        (membership.status === 'canceling' && !membership.cancelAtPeriodEnd),
    );
    expect(badMemberships).toEqual([]);
  });

  it('never dates a membership before its company, whatever the seed', () => {
    for (let seed = 1; seed <= 12; seed += 1) {
      const seeded = generateDataset({ seed, members: 2000, referenceTime: REFERENCE_TIME });
      expect(
        seeded.memberships.filter((membership) => membership.createdAt <= seeded.company.createdAt),
      ).toEqual([]);
    }
  });

  it('derives member summaries from their memberships', () => {
    const joined = dataset.members.filter((member) => member.status === 'joined');
    expect(joined.length).toBeGreaterThan(dataset.members.length / 2);
    expect(dataset.members.every((member) => member.usdTotalSpent >= 0)).toBe(true);
    expect(dataset.members.some((member) => member.mostRecentAction === 'churned')).toBe(true);
  });

  it('lists the owner as the one admin member, with no membership, and every customer with access while a membership is valid', () => {
    const admins = dataset.members.filter((member) => member.accessLevel === 'admin');
    expect(admins).toEqual([
      expect.objectContaining({ userId: dataset.company.ownerUserId, status: 'joined' }),
    ]);
    expect(
      dataset.memberships.filter((membership) => membership.memberId === admins[0].id),
    ).toEqual([]);
    const validMemberIds = new Set(
      dataset.memberships
        .filter((membership) => isValidMembershipStatus(membership.status))
        .map((membership) => membership.memberId),
    );
    const customers = dataset.members.filter((member) => member.accessLevel !== 'admin');
    expect(customers).toHaveLength(2000);
    expect(
      customers.filter(
        (member) => (member.accessLevel === 'customer') !== validMemberIds.has(member.id),
      ),
    ).toEqual([]);
    expect(customers.some((member) => member.accessLevel === 'no_access')).toBe(true);
  });
});

describe('createPrng', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const first = createPrng(99);
    const second = createPrng(99);
    const values = Array.from({ length: 1000 }, () => first.next());
    expect(values).toEqual(Array.from({ length: 1000 }, () => second.next()));
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(createPrng(100).next()).not.toBe(values[0]);
  });
});
