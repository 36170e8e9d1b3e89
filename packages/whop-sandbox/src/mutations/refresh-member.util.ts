import { deriveMemberSummary } from '../domain/derive-member-summary.util';
import type { SandboxStore } from '../store/sandbox-store';

// Re-derives the member's status, latest action and spend after its memberships or payments changed.
export const refreshMember = (store: SandboxStore, memberId: string, now: number): void => {
  const member = store.members.get(memberId);
  if (member === undefined) return;
  Object.assign(
    member,
    deriveMemberSummary({
      memberships: store.membershipsOfMember(memberId),
      paymentsOf: (membershipId) => store.paymentsOfMembership(membershipId),
      planOf: (planId) => store.plans.get(planId),
    }),
  );
  member.updatedAt = now;
  store.touch();
};
