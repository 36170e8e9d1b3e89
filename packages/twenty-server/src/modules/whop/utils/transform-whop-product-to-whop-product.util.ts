import { isDefined } from 'twenty-shared';

import { type WhopProductDetail } from 'src/modules/whop/types/whop-api.types';
import { type WhopProductColumns } from 'src/modules/whop/types/whop-record-columns.types';
import { parseWhopDate } from 'src/modules/whop/utils/parse-whop-date.util';
import { parseWhopOptionalText } from 'src/modules/whop/utils/parse-whop-optional-text.util';

// A Whop product, as `GET /products/{id}` serves it (list items lack the description) → whopProduct columns.
export const transformWhopProductToWhopProduct = ({
  product,
  syncedAt,
}: {
  product: WhopProductDetail;
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
