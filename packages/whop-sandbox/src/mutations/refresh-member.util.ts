import { deriveMemberSummary } from '../domain/derive-member-summary.util';
import type { SandboxStore } from '../store/sandbox-store';

// Re-derives the member's access level, status, latest action and spend after its memberships or
// payments changed. An admin (the company's team) stays one.
export const refreshMember = (store: SandboxStore, memberId: string, now: number): void => {
  const member = store.members.get(memberId);
  if (member === undefined) return;
  const summary = deriveMemberSummary({
    memberships: store.membershipsOfMember(memberId),
    paymentsOf: (membershipId) => store.paymentsOfMembership(membershipId),
    planOf: (planId) => store.plans.get(planId),
  });
  Object.assign(member, {
    ...summary,
    accessLevel: member.accessLevel === 'admin' ? 'admin' : summary.accessLevel,
  });
  member.updatedAt = now;
  store.touch();
};
