import type { Company, CompanyListResponse } from '@whop/sdk/resources';
import type { CompanyRecord } from '../types/sandbox-records.type';
import { toIso } from './iso-date.util';
import type { SerializerContext } from './serializer-context.type';

export const serializeCompanyListItem = (
  context: SerializerContext,
  company: CompanyRecord,
): CompanyListResponse => {
  const owner = context.store.users.get(company.ownerUserId)!;
  return {
    id: company.id,
    created_at: toIso(company.createdAt),
    description: company.description,
    logo: { url: null },
    member_count: context.store.memberCounts().company,
    metadata: {},
    owner_user: { id: owner.id, name: owner.name, username: owner.username },
    published_reviews_count: 0,
    route: company.route,
    send_customer_emails: true,
    target_audience: null,
    title: company.title,
    updated_at: toIso(company.updatedAt),
    verified: true,
  };
};

export const serializeCompany = (context: SerializerContext, company: CompanyRecord): Company => ({
  ...serializeCompanyListItem(context, company),
  affiliate_instructions: null,
  featured_affiliate_product: null,
  social_links: [],
});
