import { type WhopMember } from 'src/modules/whop/types/whop-api.types';
import { type WhopPersonColumns } from 'src/modules/whop/types/whop-record-columns.types';
import { parseWhopDate } from 'src/modules/whop/utils/parse-whop-date.util';
import { parseWhopRelatedId } from 'src/modules/whop/utils/parse-whop-related-id.util';
import { transformWhopUserToPerson } from 'src/modules/whop/utils/transform-whop-user-to-person.util';

// A Whop member (the per-company customer, with its user) → person columns. `member.user` may be
// null (then only the flat `user_id`, if any, identifies the user); `whopCreatedAt` and
// `whopUpdatedAt` are the member's.
export const transformWhopMemberToPerson = ({
  member,
  syncedAt,
}: {
  member: WhopMember;
  syncedAt: Date;
}): WhopPersonColumns => ({
  ...transformWhopUserToPerson({
    user: { ...member.user, id: parseWhopRelatedId(member, 'user') },
    member,
    syncedAt,
  }),
  whopCreatedAt: parseWhopDate(member.created_at),
  whopUpdatedAt: parseWhopDate(member.updated_at),
});
