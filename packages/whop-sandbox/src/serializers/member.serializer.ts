import type { MemberListResponse, MemberRetrieveResponse } from '@whop/sdk/resources';
import type { MemberRecord } from '../types/sandbox-records.type';
import { toIso, toIsoOrNull } from './iso-date.util';
import type { SerializerContext } from './serializer-context.type';
import { serializeUserSummary } from './user.serializer';

export const serializeMemberListItem = (
  context: SerializerContext,
  member: MemberRecord,
): MemberListResponse => {
  const user = context.store.users.get(member.userId);
  return {
    id: member.id,
    access_level: member.accessLevel,
    company_token_balance: 0,
    created_at: toIso(member.createdAt),
    joined_at: toIso(member.joinedAt),
    most_recent_action: member.mostRecentAction,
    most_recent_action_at: toIsoOrNull(member.mostRecentActionAt),
    phone: context.canReadPhone ? member.phone : null,
    status: member.status,
    updated_at: toIso(member.updatedAt),
    usd_total_spent: member.usdTotalSpent,
    user: user === undefined ? null : serializeUserSummary(user, context.canReadEmail),
  };
};

export const serializeMember = (
  context: SerializerContext,
  member: MemberRecord,
): MemberRetrieveResponse => {
  const { company } = context.store;
  return {
    ...serializeMemberListItem(context, member),
    company: { id: company.id, route: company.route, title: company.title },
  };
};
