import { type WhopProfilePicture } from 'src/modules/whop/types/whop-api.types';
import { type WhopPersonColumns } from 'src/modules/whop/types/whop-record-columns.types';
import { normalizeWhopEmail } from 'src/modules/whop/utils/normalize-whop-email.util';
import { parseWhopDate } from 'src/modules/whop/utils/parse-whop-date.util';
import { parseWhopOptionalText } from 'src/modules/whop/utils/parse-whop-optional-text.util';
import { splitWhopName } from 'src/modules/whop/utils/split-whop-name.util';

// Whatever is known about a Whop user: the summary embedded in a member, membership or payment
// (`{id, email, name, username}`) or the full User (`profile_picture`, `created_at`, no email).
// Both `WhopUserSummary` and `WhopUser` fit.
export type WhopPersonUserSource = {
  id?: string | null;
  email?: string | null;
  name?: string | null;
  username?: string | null;
  profile_picture?: WhopProfilePicture | null;
  created_at?: string | null;
};

// The member a payment or membership points at, when it carries one (`payment.member` has a phone).
export type WhopPersonMemberSource = {
  id?: string | null;
  phone?: string | null;
};

// A Whop user (embedded in a membership or payment, when no member is known) → person columns.
export const transformWhopUserToPerson = ({
  user,
  member,
  syncedAt,
}: {
  user: WhopPersonUserSource;
  member?: WhopPersonMemberSource | null;
  syncedAt: Date;
}): WhopPersonColumns => {
  const { firstName, lastName } = splitWhopName({ name: user.name, username: user.username });
  const whopName = splitWhopName({ name: user.name });
  const hasWhopName = whopName.firstName !== '';
  const email = normalizeWhopEmail(user.email);
  const phone = parseWhopOptionalText(member?.phone);

  return {
    nameFirstName: firstName,
    nameLastName: lastName,
    whopNameFirstName: hasWhopName ? whopName.firstName : null,
    whopNameLastName: hasWhopName ? whopName.lastName : null,
    emailsPrimaryEmail: email,
    phonesPrimaryPhoneNumber: phone,
    whopEmail: email,
    whopPhone: phone,
    whopUserId: parseWhopOptionalText(user.id),
    whopMemberId: parseWhopOptionalText(member?.id),
    whopUsername: parseWhopOptionalText(user.username),
    whopProfilePicUrl: parseWhopOptionalText(user.profile_picture?.url),
    whopCreatedAt: parseWhopDate(user.created_at),
    whopUpdatedAt: null,
    whopSyncedAt: syncedAt,
  };
};
