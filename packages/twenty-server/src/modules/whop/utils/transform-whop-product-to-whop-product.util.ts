import { isDefined } from 'twenty-shared';

import { type WhopProduct } from 'src/modules/whop/types/whop-api.types';
import { type WhopProductColumns } from 'src/modules/whop/types/whop-record-columns.types';
import { parseWhopDate } from 'src/modules/whop/utils/parse-whop-date.util';
import { parseWhopOptionalText } from 'src/modules/whop/utils/parse-whop-optional-text.util';

// A Whop product → whopProduct columns. Product list items carry no `description`: it maps to null,
// so a caller holding a list item must not let it overwrite a description read from `GET /products/{id}`.
export const transformWhopProductToWhopProduct = ({
  product,
  syncedAt,
}: {
  product: WhopProduct;
  syncedAt: Date;
}): WhopProductColumns => ({
  whopId: product.id,
  name: parseWhopOptionalText(product.title) ?? product.id,
  description: parseWhopOptionalText(product.description),
  visibility: product.visibility ?? null,
  whopCreatedAt: parseWhopDate(product.created_at),
  whopUpdatedAt: parseWhopDate(product.updated_at),
  memberCount:
    isDefined(product.member_count) && Number.isFinite(product.member_count)
      ? product.member_count
      : null,
  syncedAt,
});
