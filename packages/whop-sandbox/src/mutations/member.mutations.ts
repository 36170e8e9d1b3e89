import { unprocessable } from '../api/whop-api-error';
import { toHandle } from '../generator/fold-to-ascii.util';
import { randomId } from '../ids/generate-id.util';
import { EMPTY_METADATA } from '../constants/shared-empty.constant';
import type { SandboxStore } from '../store/sandbox-store';
import type {
  MemberRecord,
  MembershipRecord,
  PaymentRecord,
  UserRecord,
} from '../types/sandbox-records.type';
import type { SandboxEvent } from '../webhooks/sandbox-event.type';
import { createPayment } from './payment.mutations';
import { refreshMember } from './refresh-member.util';

const DAY_MS = 86_400_000;

const ACCOUNT_DELETED_MESSAGE = "This member's Whop account was deleted.";

export type NewMemberInput = {
  name?: string | null;
  email?: string | null;
  username?: string;
  phone?: string | null;
  planId?: string;
};

export type MemberChanges = {
  name?: string | null;
  email?: string | null;
  username?: string;
  phone?: string | null;
};

const availableUsername = (
  store: SandboxStore,
  requested: string | undefined,
  name: string | null | undefined,
): string => {
  if (requested !== undefined) {
    if (store.userByUsername(requested) !== undefined)
      throw unprocessable(`Username ${requested} is taken.`);
    return requested;
  }
  const base = toHandle(name ?? '') || 'member';
  let username = base;
  for (let suffix = 2; store.userByUsername(username) !== undefined; suffix++)
    username = `${base}${suffix}`;
  return username;
};

// A new customer; with `planId` they also buy it (a trial when the plan has one), as a checkout would.
export const createMember = (
  store: SandboxStore,
  input: NewMemberInput,
  now: number,
): {
  user: UserRecord;
  member: MemberRecord;
  membership: MembershipRecord | null;
  payment: PaymentRecord | null;
  events: SandboxEvent[];
} => {
  const plan = input.planId === undefined ? undefined : store.plans.get(input.planId);
  if (input.planId !== undefined && plan === undefined)
    throw unprocessable(`Plan ${input.planId} does not exist.`);

  const user: UserRecord = {
    id: randomId('user_'),
    username: availableUsername(store, input.username, input.name),
    name: input.name ?? null,
    email: input.email ?? null,
    bio: null,
    profilePictureUrl: null,
    createdAt: now,
    updatedAt: now,
  };
  const member: MemberRecord = {
    id: randomId('mber_'),
    companyId: store.company.id,
    userId: user.id,
    accessLevel: 'no_access',
    status: 'drafted',
    mostRecentAction: null,
    mostRecentActionAt: null,
    phone: input.phone ?? null,
    usdTotalSpent: 0,
    joinedAt: now,
    createdAt: now,
    updatedAt: now,
  };
  store.addUser(user);
  store.addMember(member);
  if (plan === undefined) {
    refreshMember(store, member.id, now);
    return { user, member, membership: null, payment: null, events: [] };
  }

  const trialDays = plan.planType === 'renewal' ? plan.trialPeriodDays : null;
  const periodDays =
    trialDays ?? (plan.planType === 'renewal' ? plan.billingPeriod : plan.expirationDays);
  const membership: MembershipRecord = {
    id: randomId('mem_'),
    companyId: store.company.id,
    userId: user.id,
    memberId: member.id,
    planId: plan.id,
    productId: plan.productId,
    status: trialDays === null ? 'active' : 'trialing',
    cancelAtPeriodEnd: false,
    canceledAt: null,
    cancelOption: null,
    cancellationReason: null,
    currency: plan.currency,
    renewalPeriodStart: periodDays === null ? null : now,
    renewalPeriodEnd: periodDays === null ? null : now + periodDays * DAY_MS,
    licenseKey: null,
    metadata: EMPTY_METADATA,
    createdAt: now,
    updatedAt: now,
  };
  store.addMembership(membership);
  const events: SandboxEvent[] = [{ type: 'membership.activated', membership }];
  if (trialDays !== null) {
    refreshMember(store, member.id, now);
    return { user, member, membership, payment: null, events };
  }
  const purchase = createPayment(store, membership, { outcome: 'succeeded' }, now);
  return {
    user,
    member,
    membership,
    payment: purchase.payment,
    events: [...events, ...purchase.events],
  };
};

// Profile changes reach the CRM through the reconcile sweep: v1 has no member webhook.
export const updateMember = (
  store: SandboxStore,
  member: MemberRecord,
  changes: MemberChanges,
  now: number,
): void => {
  const user = store.users.get(member.userId);
  if (user === undefined) throw unprocessable(ACCOUNT_DELETED_MESSAGE);
  if (changes.username !== undefined && changes.username !== user.username)
    store.renameUser(user, availableUsername(store, changes.username, null));
  if (changes.name !== undefined) user.name = changes.name;
  if (changes.email !== undefined) user.email = changes.email;
  if (changes.phone !== undefined) member.phone = changes.phone;
  user.updatedAt = now;
  member.updatedAt = now;
  store.touch();
};

// The customer deletes their Whop account. Whop keeps the member, its memberships and their
// payments, each now with `user: null` ("Null if the user account has been deleted"), and each
// changed: a payment read by `updated_after` is read again.
export const deleteMemberAccount = (
  store: SandboxStore,
  member: MemberRecord,
  now: number,
): void => {
  const user = store.users.get(member.userId);
  if (user === undefined) throw unprocessable(ACCOUNT_DELETED_MESSAGE);
  member.updatedAt = now;
  for (const membership of store.membershipsOfMember(member.id)) {
    membership.updatedAt = now;
    for (const payment of store.paymentsOfMembership(membership.id)) payment.updatedAt = now;
  }
  store.removeUser(user);
};
