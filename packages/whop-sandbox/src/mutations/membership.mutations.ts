import { unprocessable } from '../api/whop-api-error';
import type { SandboxStore } from '../store/sandbox-store';
import type { MembershipRecord } from '../types/sandbox-records.type';
import type { CancelOption } from '../types/whop-enums.type';
import type { SandboxEvent } from '../webhooks/sandbox-event.type';
import { changeMembershipStatus } from './membership-status.util';
import { refreshMember } from './refresh-member.util';

const DAY_MS = 86_400_000;

export type CancellationDetails = { cancelOption?: CancelOption; cancellationReason?: string };

const finish = (
  store: SandboxStore,
  membership: MembershipRecord,
  now: number,
  events: SandboxEvent[],
): SandboxEvent[] => {
  membership.updatedAt = now;
  refreshMember(store, membership.memberId, now);
  return events;
};

// Back to active with a fresh billing period; clears any pending cancellation.
export const activateMembership = (
  store: SandboxStore,
  membership: MembershipRecord,
  now: number,
): SandboxEvent[] => {
  if (membership.status === 'active' && !membership.cancelAtPeriodEnd)
    throw unprocessable(`Membership ${membership.id} is already active.`);
  const events: SandboxEvent[] = [];
  if (membership.cancelAtPeriodEnd)
    events.push({ type: 'membership.cancel_at_period_end_changed', membership });
  Object.assign(membership, {
    cancelAtPeriodEnd: false,
    canceledAt: null,
    cancelOption: null,
    cancellationReason: null,
  });
  const plan = store.plans.get(membership.planId);
  if (plan?.planType === 'renewal' && plan.billingPeriod !== null) {
    membership.renewalPeriodStart = now;
    membership.renewalPeriodEnd = now + plan.billingPeriod * DAY_MS;
  }
  // Becoming active always announces itself, also from another status with access (past_due, trialing).
  const transition = changeMembershipStatus(membership, 'active');
  events.push(
    ...(transition.length > 0
      ? transition
      : [{ type: 'membership.activated' as const, membership }]),
  );
  return finish(store, membership, now, events);
};

// The customer asks to stop renewing (or changes their mind): status canceling <-> active.
export const setCancelAtPeriodEnd = (
  store: SandboxStore,
  membership: MembershipRecord,
  enabled: boolean,
  details: CancellationDetails,
  now: number,
): SandboxEvent[] => {
  const plan = store.plans.get(membership.planId);
  if (plan?.planType !== 'renewal')
    throw unprocessable(`Membership ${membership.id} does not renew.`);
  if (enabled && !['active', 'trialing', 'past_due'].includes(membership.status))
    throw unprocessable(
      `Membership ${membership.id} is ${membership.status}: only a renewing membership can be set to cancel at period end.`,
    );
  if (!enabled && !membership.cancelAtPeriodEnd)
    throw unprocessable(`Membership ${membership.id} is not set to cancel at period end.`);
  membership.cancelAtPeriodEnd = enabled;
  membership.canceledAt = enabled ? now : null;
  membership.cancelOption = enabled ? (details.cancelOption ?? null) : null;
  membership.cancellationReason = enabled ? (details.cancellationReason ?? null) : null;
  membership.status = enabled ? 'canceling' : 'active';
  return finish(store, membership, now, [
    { type: 'membership.cancel_at_period_end_changed', membership },
  ]);
};

// Immediate cancellation: access ends now.
export const cancelMembership = (
  store: SandboxStore,
  membership: MembershipRecord,
  details: CancellationDetails,
  now: number,
): SandboxEvent[] => {
  if (membership.status === 'canceled')
    throw unprocessable(`Membership ${membership.id} is already canceled.`);
  Object.assign(membership, {
    cancelAtPeriodEnd: false,
    canceledAt: now,
    cancelOption: details.cancelOption ?? null,
    cancellationReason: details.cancellationReason ?? null,
    renewalPeriodEnd:
      membership.renewalPeriodEnd === null ? null : Math.min(membership.renewalPeriodEnd, now),
  });
  return finish(store, membership, now, changeMembershipStatus(membership, 'canceled'));
};

// The period ran out (after a cancellation, a failed renewal or an expiring plan).
export const expireMembership = (
  store: SandboxStore,
  membership: MembershipRecord,
  now: number,
): SandboxEvent[] => {
  if (membership.status === 'expired')
    throw unprocessable(`Membership ${membership.id} is already expired.`);
  membership.renewalPeriodEnd =
    membership.renewalPeriodEnd === null ? now : Math.min(membership.renewalPeriodEnd, now);
  return finish(store, membership, now, changeMembershipStatus(membership, 'expired'));
};
