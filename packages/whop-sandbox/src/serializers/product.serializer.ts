import type { Product, ProductListItem } from '@whop/sdk/resources';
import type { ProductRecord } from '../types/sandbox-records.type';
import { toIso } from './iso-date.util';
import type { SerializerContext } from './serializer-context.type';

// List items lack `description`, `company` and `owner_user`, as on Whop.
export const serializeProductListItem = (
  context: SerializerContext,
  product: ProductRecord,
): ProductListItem => ({
  id: product.id,
  created_at: toIso(product.createdAt),
  external_identifier: product.externalIdentifier,
  gallery_images: [],
  headline: product.headline,
  member_count: context.store.memberCounts().byProduct.get(product.id) ?? 0,
  metadata: { ...product.metadata },
  published_reviews_count: 0,
  route: product.route,
  title: product.title,
  updated_at: toIso(product.updatedAt),
  verified: false,
  visibility: product.visibility,
});

export const serializeProduct = (context: SerializerContext, product: ProductRecord): Product => {
  const { company } = context.store;
  const owner = context.store.owner();
  return {
    ...serializeProductListItem(context, product),
    company: { id: company.id, route: company.route, title: company.title },
    custom_cta: 'join',
    custom_cta_url: null,
    custom_statement_descriptor: null,
    description: product.description,
    global_affiliate_percentage: null,
    global_affiliate_status: 'disabled',
    member_affiliate_percentage: null,
    member_affiliate_status: 'disabled',
    owner_user: { id: owner.id, name: owner.name, username: owner.username },
    product_tax_code: null,
  };
};
