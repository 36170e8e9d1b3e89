import { roundMoney, toUsd } from '../money/money.util';
import type {
  MemberRecord,
  MembershipRecord,
  PaymentRecord,
  PlanRecord,
} from '../types/sandbox-records.type';
import type { AccessLevel, MemberMostRecentAction, PlanType } from '../types/whop-enums.type';
import { isValidMembershipStatus } from './membership-validity.util';

export type MemberSummary = Pick<
  MemberRecord,
  'status' | 'mostRecentAction' | 'mostRecentActionAt' | 'usdTotalSpent'
> & { accessLevel: Exclude<AccessLevel, 'admin'> };

export type MemberSummarySources = {
  memberships: readonly MembershipRecord[];
  paymentsOf: (membershipId: string) => readonly PaymentRecord[];
  planOf: (planId: string) => PlanRecord | undefined;
};

const actionFor = (membership: MembershipRecord, planType: PlanType): MemberMostRecentAction => {
  switch (membership.status) {
    case 'active':
      return planType === 'one_time' ? 'paid_once' : 'paid_subscriber';
    case 'trialing':
      return 'trialing';
    case 'past_due':
    case 'unresolved':
      return 'past_due';
    case 'canceling':
      return 'canceling';
    case 'canceled':
    case 'expired':
      return 'churned';
    case 'completed':
      return planType === 'one_time' ? 'paid_once' : 'finished_split_pay';
    case 'drafted':
      return 'drafted';
  }
};

// A customer's access level, status, latest action and lifetime spend follow from its memberships
// and payments: `customer` while one of them is valid, else `no_access` (Whop's words).
export const deriveMemberSummary = ({
  memberships,
  paymentsOf,
  planOf,
}: MemberSummarySources): MemberSummary => {
  let usdTotalSpent = 0;
  let latest: MembershipRecord | null = null;
  let anyValid = false;
  let allDrafted = true;

  for (const membership of memberships) {
    if (isValidMembershipStatus(membership.status)) anyValid = true;
    if (membership.status !== 'drafted') allDrafted = false;
    if (latest === null || membership.updatedAt > latest.updatedAt) latest = membership;
    for (const payment of paymentsOf(membership.id)) {
      if (payment.paidAt !== null)
        usdTotalSpent += toUsd(payment.total - payment.refundedAmount, payment.currency);
    }
  }

  return {
    accessLevel: anyValid ? 'customer' : 'no_access',
    status: anyValid ? 'joined' : allDrafted ? 'drafted' : 'left',
    mostRecentAction:
      latest === null ? null : actionFor(latest, planOf(latest.planId)?.planType ?? 'renewal'),
    mostRecentActionAt: latest === null ? null : latest.updatedAt,
    usdTotalSpent: roundMoney(usdTotalSpent),
  };
};
