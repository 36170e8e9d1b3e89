import { generateId } from '../ids/generate-id.util';
import type { CompanyRecord, MemberRecord, UserRecord } from '../types/sandbox-records.type';
import { COMPANY_NAMES } from './name-pools.constant';
import { slugify } from './fold-to-ascii.util';
import type { Prng } from './prng.util';

const DAY_MS = 86_400_000;
const COMPANY_AGE_MS = 7 * 365 * DAY_MS;

// When the seller's company was created: seven years before the reference time.
export const getCompanyCreatedAt = (referenceTime: number): number =>
  referenceTime - COMPANY_AGE_MS;

// The seller: the company and its owner, the user who approves the OAuth consent.
export const generateCompany = (
  prng: Prng,
  referenceTime: number,
): { company: CompanyRecord; owner: UserRecord } => {
  const title = prng.pick(COMPANY_NAMES);
  const route = slugify(title);
  const createdAt = getCompanyCreatedAt(referenceTime);
  const owner: UserRecord = {
    id: generateId('user_', prng.next),
    username: `${route.replace(/-/g, '')}owner`,
    name: 'Sam Rivera',
    email: `owner@${route}.example.com`,
    bio: `Founder of ${title}.`,
    profilePictureUrl: null,
    createdAt: createdAt - 30 * DAY_MS,
    updatedAt: createdAt - 30 * DAY_MS,
  };
  const company: CompanyRecord = {
    id: generateId('biz_', prng.next),
    title,
    route,
    description: `${title}: memberships, courses and community on Whop.`,
    ownerUserId: owner.id,
    createdAt,
    updatedAt: createdAt,
  };
  return { company, owner };
};

// The owner is the company's first member, an admin (its team, not a customer): Whop lists admins
// among the members.
export const generateOwnerMember = (
  prng: Prng,
  company: CompanyRecord,
  owner: UserRecord,
): MemberRecord => ({
  id: generateId('mber_', prng.next),
  companyId: company.id,
  userId: owner.id,
  accessLevel: 'admin',
  status: 'joined',
  mostRecentAction: null,
  mostRecentActionAt: null,
  phone: null,
  usdTotalSpent: 0,
  joinedAt: company.createdAt,
  createdAt: company.createdAt,
  updatedAt: company.createdAt,
});
