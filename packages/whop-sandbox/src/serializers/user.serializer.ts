import type { User } from '@whop/sdk/resources';
import type { UserRecord } from '../types/sandbox-records.type';
import { toIso } from './iso-date.util';

export type UserSummary = {
  id: string;
  email: string | null;
  name: string | null;
  username: string;
};

// The public profile (`GET /users/{id}`): never an email.
export const serializeUser = (user: UserRecord): User => ({
  id: user.id,
  balance: null,
  balance_history: null,
  bio: user.bio,
  created_at: toIso(user.createdAt),
  earnings_usd: null,
  name: user.name,
  profile_picture: user.profilePictureUrl === null ? null : { url: user.profilePictureUrl },
  username: user.username,
  verification: null,
  whop_partner_enabled_at: null,
});

// The `user` nested in members, memberships and payments; the email needs `member:email:read`.
export const serializeUserSummary = (user: UserRecord, canReadEmail: boolean): UserSummary => ({
  id: user.id,
  email: canReadEmail ? user.email : null,
  name: user.name,
  username: user.username,
});
