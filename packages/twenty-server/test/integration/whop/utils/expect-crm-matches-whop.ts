import { type INestApplication } from '@nestjs/common';

import { listAll, readWorkspaceRows } from 'test/integration/whop/utils/read-workspace-rows';
import { type WhopTestStack } from 'test/integration/whop/utils/start-whop-test-stack';

// What the sandbox holds, read through Whop's API: the company's products (each read by id, as
// the listing leaves out their description), plans, customers (its members but its team, the
// admins), memberships and payments.
export type WhopGroundTruth = {
  products: any[];
  plans: any[];
  members: any[];
  team: any[];
  memberships: any[];
  payments: any[];
};

export const readWhopGroundTruth = async (stack: WhopTestStack): Promise<WhopGroundTruth> => {
  const whop = stack.groundTruth();
  const companyId = stack.sandbox.state.company.id;
  const members = await listAll(whop.members.list({ company_id: companyId, first: 100 } as never));

  return {
    products: await Promise.all(
      (await listAll(whop.products.list({ account_id: companyId, first: 100 }))).map((product) =>
        whop.products.retrieve(product.id),
      ),
    ),
    plans: await listAll(whop.plans.list({ account_id: companyId, first: 100 } as never)),
    members: members.filter((member) => member.access_level !== 'admin'),
    team: members.filter((member) => member.access_level === 'admin'),
    memberships: await listAll(whop.memberships.list({ company_id: companyId, first: 100 })),
    payments: await listAll(whop.payments.list({ company_id: companyId, first: 100 } as never)),
  };
};

const toDateOrNull = (value: string | null): Date | null => (value ? new Date(value) : null);

// Rows by a key, and rows grouped by a key: the checks below look every record up among thousands.
const indexBy = <T>(rows: T[], key: (row: T) => unknown): Map<unknown, T> =>
  new Map(rows.map((row) => [key(row), row]));

const groupBy = <T>(rows: T[], key: (row: T) => unknown): Map<unknown, T[]> => {
  const groups = new Map<unknown, T[]>();

  for (const row of rows) {
    const group = groups.get(key(row));

    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }

  return groups;
};

// Memberships the customer holds: only these are shown payment_failed, have MRR and count as a
// person's active memberships.
export const HELD_MEMBERSHIP_STATUSES = ['active', 'trialing', 'canceling', 'past_due'];

// The expectations below are worked out from Whop's data alone, not with the server's mapping
// code, so that a mistake there cannot agree with itself. The sandbox's substatus is its payment's
// outcome: succeeded, failed, pending, refunded or partially_refunded.
export const PAID_SUBSTATUSES = ['succeeded', 'refunded', 'partially_refunded'];

// Major units → micros, as a decimal string: Whop's amounts have at most two decimals.
export const toMicros = (amount: number): string =>
  BigInt(amount.toFixed(6).replace('.', '')).toString();

const toMicrosOrNull = (amount: number | null): string | null =>
  amount === null ? null : toMicros(amount);

// The first word of a display name, and the rest.
export const splitDisplayName = (name: string | null): { first: string; last: string } | null => {
  const words = name?.trim().split(/\s+/).filter(Boolean) ?? [];

  return words.length === 0 ? null : { first: words[0], last: words.slice(1).join(' ') };
};

// A renewal plan's price over 30 days, rounded half away from zero to the micro; 0 for a one-time
// plan.
const expectPlanMrrMicros = (plan: any): string => {
  if (plan.plan_type !== 'renewal') return '0';
  const periodDays = BigInt(plan.billing_period);

  return ((BigInt(toMicros(plan.renewal_price)) * 60n + periodDays) / (2n * periodDays)).toString();
};

// What a person's payments leave the seller per currency, net of refunds.
const expectLifetimeValues = (payments: any[]): Record<string, string> => {
  const totals: Record<string, bigint> = {};

  for (const payment of payments.filter((candidate) =>
    PAID_SUBSTATUSES.includes(candidate.substatus),
  )) {
    const currency = payment.currency.toUpperCase();

    totals[currency] =
      (totals[currency] ?? 0n) +
      BigInt(toMicros(payment.total)) -
      BigInt(toMicros(payment.refunded_amount ?? 0));
  }

  return Object.fromEntries(Object.entries(totals).map(([code, micros]) => [code, `${micros}`]));
};

// The one value a person shows: USD when they paid in it, else the largest.
const pickDisplayedValue = (values: Record<string, string>): [string, string] | undefined =>
  values.USD !== undefined
    ? ['USD', values.USD]
    : Object.entries(values).sort(([leftCode, left], [rightCode, right]) =>
        BigInt(right) === BigInt(left)
          ? leftCode.localeCompare(rightCode)
          : BigInt(right) > BigInt(left)
            ? 1
            : -1,
      )[0];

// Each membership's latest payment on Whop, by created_at then id (as the server orders them).
export const findLatestPayments = (payments: any[]): Map<string, any> => {
  const latest = new Map<string, any>();

  for (const payment of payments) {
    const current = latest.get(payment.membership.id);

    if (
      !current ||
      Date.parse(payment.created_at) - Date.parse(current.created_at) > 0 ||
      (payment.created_at === current.created_at && payment.id > current.id)
    )
      latest.set(payment.membership.id, payment);
  }

  return latest;
};

// The whopMembershipStatus a first full sync gives each membership, from Whop's data alone:
// payment_failed while the customer holds the membership and its latest payment failed, otherwise
// Whop's status.
export const expectMembershipStatuses = (
  truth: Pick<WhopGroundTruth, 'memberships' | 'payments'>,
): Map<string, string> => {
  const latestPayments = findLatestPayments(truth.payments);

  return new Map(
    truth.memberships.map((membership) => {
      const latest = latestPayments.get(membership.id);
      const failed = latest?.substatus === 'failed';

      return [
        membership.id,
        failed && HELD_MEMBERSHIP_STATUSES.includes(membership.status)
          ? 'payment_failed'
          : membership.status,
      ];
    }),
  );
};

export const expectProductsMatchWhop = async (
  app: INestApplication,
  workspaceId: string,
  truth: WhopGroundTruth,
) => {
  const products = await readWorkspaceRows(app, workspaceId, 'whopProduct');

  expect(products).toHaveLength(truth.products.length);
  for (const product of truth.products) {
    expect(products.find((row) => row.whopId === product.id)).toMatchObject({
      name: product.title,
      description: product.description,
      visibility: product.visibility,
      memberCount: product.member_count,
      whopCreatedAt: new Date(product.created_at),
      whopUpdatedAt: new Date(product.updated_at),
    });
  }
};

// Every customer is one person, field by field. The people in `keptBySeller` were the seller's
// before the sync linked them: their own name and email stay, Whop's are kept beside them.
export const expectPeopleMatchWhop = async (
  app: INestApplication,
  workspaceId: string,
  truth: WhopGroundTruth,
  keptBySeller: string[] = [],
) => {
  const people = await readWorkspaceRows(app, workspaceId, 'person');
  const whopPeople = people.filter((person) => person.whopUserId);
  const membersWithUser = truth.members.filter((member) => member.user);

  expect(new Set(whopPeople.map((person) => person.whopUserId))).toEqual(
    new Set(membersWithUser.map((member) => member.user.id)),
  );
  expect(whopPeople).toHaveLength(membersWithUser.length);
  const peopleByWhopUserId = indexBy(whopPeople, (person) => person.whopUserId);
  const paymentsByUserId = groupBy(truth.payments, (payment) => payment.user?.id);
  const membershipsByUserId = groupBy(truth.memberships, (membership) => membership.user?.id);

  for (const member of membersWithUser) {
    const person = peopleByWhopUserId.get(member.user.id);
    const whopName = splitDisplayName(member.user.name);
    const lifetimeValues = expectLifetimeValues(paymentsByUserId.get(member.user.id) ?? []);
    const [displayedCurrency, displayedMicros] = pickDisplayedValue(lifetimeValues) ?? [null, null];

    expect({ member: member.id, ...person }).toMatchObject({
      member: member.id,
      whopMemberId: member.id,
      whopUsername: member.user.username,
      whopNameFirstName: whopName?.first ?? null,
      whopNameLastName: whopName?.last ?? null,
      whopEmail: member.user.email?.toLowerCase() ?? null,
      whopPhone: member.phone ?? null,
      phonesPrimaryPhoneNumber: member.phone ?? null,
      whopProfilePicUrl: member.user.profile_picture?.url ?? null,
      whopCreatedAt: new Date(member.created_at),
      whopUpdatedAt: new Date(member.updated_at),
      whopLifetimeValues: lifetimeValues,
      whopLifetimeValueAmountMicros: displayedMicros,
      whopLifetimeValueCurrencyCode: displayedCurrency,
      whopActiveMemberships: (membershipsByUserId.get(member.user.id) ?? []).filter((membership) =>
        HELD_MEMBERSHIP_STATUSES.includes(membership.status),
      ).length,
      ...(!keptBySeller.includes(person.id) && {
        emailsPrimaryEmail: member.user.email?.toLowerCase() ?? null,
        nameFirstName: whopName?.first ?? member.user.username,
        nameLastName: whopName?.last ?? '',
      }),
    });
  }
};

export const expectOpportunitiesMatchWhop = async (
  app: INestApplication,
  workspaceId: string,
  truth: WhopGroundTruth,
) => {
  const opportunities = await readWorkspaceRows(app, workspaceId, 'opportunity');
  const people = await readWorkspaceRows(app, workspaceId, 'person');
  const products = await readWorkspaceRows(app, workspaceId, 'whopProduct');
  const expectedStatuses = expectMembershipStatuses(truth);
  const opportunitiesByMembershipId = indexBy(opportunities, (row) => row.whopMembershipId);
  const plansById = indexBy(truth.plans, (plan) => plan.id);
  const productsById = indexBy(truth.products, (product) => product.id);
  const paymentsByMembershipId = groupBy(truth.payments, (payment) => payment.membership.id);
  const peopleById = indexBy(people, (person) => person.id);
  const productRowsById = indexBy(products, (row) => row.id);

  expect(opportunities).toHaveLength(truth.memberships.length);
  for (const membership of truth.memberships) {
    const opportunity = opportunitiesByMembershipId.get(membership.id);
    const plan = plansById.get(membership.plan.id);
    const product = productsById.get(membership.product.id);
    const price =
      plan.plan_type === 'renewal' && plan.renewal_price > 0
        ? plan.renewal_price
        : plan.initial_price;
    const paidAts = (paymentsByMembershipId.get(membership.id) ?? [])
      .filter((payment) => PAID_SUBSTATUSES.includes(payment.substatus) && payment.paid_at !== null)
      .map((payment) => Date.parse(payment.paid_at));
    const held = HELD_MEMBERSHIP_STATUSES.includes(membership.status);

    expect({ membership: membership.id, ...opportunity }).toMatchObject({
      membership: membership.id,
      name: `${product.title} — ${plan.title}`,
      amountAmountMicros: toMicros(price),
      amountCurrencyCode: plan.currency.toUpperCase(),
      whopMembershipStatus: expectedStatuses.get(membership.id),
      whopReportedMembershipStatus: membership.status,
      whopPlanId: plan.id,
      whopUserId: membership.user?.id ?? null,
      whopRenewalDate: toDateOrNull(membership.renewal_period_end),
      whopLastPaymentDate: paidAts.length === 0 ? null : new Date(Math.max(...paidAts)),
      whopCancelAtPeriodEnd: membership.cancel_at_period_end,
      whopMrrAmountMicros: held ? expectPlanMrrMicros(plan) : '0',
      whopMrrCurrencyCode: plan.currency.toUpperCase(),
      closeDate: new Date(membership.created_at),
      whopUpdatedAt: new Date(membership.updated_at),
      stage: ['active', 'trialing'].includes(membership.status) ? 'CUSTOMER' : 'NEW',
    });
    expect(peopleById.get(opportunity.pointOfContactId)?.whopUserId).toBe(membership.user?.id);
    expect(productRowsById.get(opportunity.whopProductId)?.whopId).toBe(membership.product.id);
  }
};

export const expectPaymentsMatchWhop = async (
  app: INestApplication,
  workspaceId: string,
  truth: WhopGroundTruth,
) => {
  const payments = await readWorkspaceRows(app, workspaceId, 'whopPayment');
  const opportunities = await readWorkspaceRows(app, workspaceId, 'opportunity');
  const people = await readWorkspaceRows(app, workspaceId, 'person');
  const products = await readWorkspaceRows(app, workspaceId, 'whopProduct');

  const paymentRowsByWhopId = indexBy(payments, (row) => row.whopId);
  const opportunitiesById = indexBy(opportunities, (row) => row.id);
  const peopleById = indexBy(people, (person) => person.id);
  const productRowsById = indexBy(products, (row) => row.id);

  expect(payments).toHaveLength(truth.payments.length);
  for (const payment of truth.payments) {
    const row = paymentRowsByWhopId.get(payment.id);

    expect(row).toMatchObject({
      amountAmountMicros: toMicros(payment.total),
      amountCurrencyCode: payment.currency.toUpperCase(),
      refundedAmountAmountMicros: toMicrosOrNull(payment.refunded_amount),
      refundedAmountCurrencyCode:
        payment.refunded_amount === null ? null : payment.currency.toUpperCase(),
      status: payment.status,
      substatus: payment.substatus,
      billingReason: payment.billing_reason,
      paidAt: toDateOrNull(payment.paid_at),
      refundedAt: toDateOrNull(payment.refunded_at),
      failureMessage: payment.failure_message,
      lastPaymentAttemptAt: toDateOrNull(payment.last_payment_attempt),
      nextPaymentAttemptAt: toDateOrNull(payment.next_payment_attempt),
      whopMembershipId: payment.membership.id,
      whopUserId: payment.user?.id ?? null,
      whopPlanId: payment.plan.id,
      whopCreatedAt: new Date(payment.created_at),
      whopUpdatedAt: new Date(payment.updated_at),
    });
    expect(opportunitiesById.get(row.opportunityId)?.whopMembershipId).toBe(payment.membership.id);
    expect(peopleById.get(row.personId)?.whopUserId).toBe(payment.user?.id);
    expect(productRowsById.get(row.whopProductId)?.whopId).toBe(payment.product.id);
  }
};

// One open follow-up task per membership the customer holds whose latest payment failed, due
// when Whop retries the charge; no other task.
export const expectFollowUpTasksMatchWhop = async (
  app: INestApplication,
  workspaceId: string,
  truth: WhopGroundTruth,
) => {
  const tasks = await readWorkspaceRows(app, workspaceId, 'task');
  const latestPayments = findLatestPayments(truth.payments);
  const failingMembershipIds = [...expectMembershipStatuses(truth)]
    .filter(([, status]) => status === 'payment_failed')
    .map(([membershipId]) => membershipId);
  const keyPrefix = 'whop:payment-failed:';
  const openTaskMembershipIds = tasks
    .filter((task) => task.status === 'TODO' && task.whopFollowUpKey?.startsWith(keyPrefix))
    .map((task) => task.whopFollowUpKey.slice(keyPrefix.length));

  expect(failingMembershipIds.length).toBeGreaterThan(0);
  expect(tasks).toHaveLength(failingMembershipIds.length);
  expect(new Set(openTaskMembershipIds)).toEqual(new Set(failingMembershipIds));
  for (const membershipId of failingMembershipIds) {
    const latest = latestPayments.get(membershipId);

    expect(
      tasks.find((task) => task.whopFollowUpKey === `${keyPrefix}${membershipId}`),
    ).toMatchObject({
      status: 'TODO',
      dueAt: new Date(latest.next_payment_attempt ?? latest.last_payment_attempt),
    });
  }
};

// Everything a full sync brings in, field by field, as Whop holds it.
export const expectCrmMatchesWhop = async (
  app: INestApplication,
  workspaceId: string,
  truth: WhopGroundTruth,
  keptBySeller: string[] = [],
) => {
  await expectProductsMatchWhop(app, workspaceId, truth);
  await expectPeopleMatchWhop(app, workspaceId, truth, keptBySeller);
  await expectOpportunitiesMatchWhop(app, workspaceId, truth);
  await expectPaymentsMatchWhop(app, workspaceId, truth);
  await expectFollowUpTasksMatchWhop(app, workspaceId, truth);
};
