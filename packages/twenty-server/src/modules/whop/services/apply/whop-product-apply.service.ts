import { Injectable } from '@nestjs/common';

import { type WhopProductDetail } from 'src/modules/whop/types/whop-api.types';
import { WhopApplyTransactionService } from 'src/modules/whop/services/apply/whop-apply-transaction.service';
import {
  type WhopApplyContext,
  type WhopApplyResult,
} from 'src/modules/whop/services/apply/whop-apply.types';
import { countWhopUpsertOutcomes } from 'src/modules/whop/services/apply/utils/count-whop-upsert-outcomes.util';
import { keepLatestWhopResourceVersions } from 'src/modules/whop/services/apply/utils/keep-latest-whop-resource-versions.util';
import {
  type WhopKeyedRecordWrite,
  upsertWhopRecords,
} from 'src/modules/whop/services/apply/utils/upsert-whop-records.util';
import { buildWhopVersionGuardSql } from 'src/modules/whop/services/apply/utils/build-whop-version-guard-sql.util';
import { type WhopRecordWrite } from 'src/modules/whop/services/apply/utils/whop-record-write.type';
import { transformWhopProductToWhopProduct } from 'src/modules/whop/utils/transform-whop-product-to-whop-product.util';

// Products as `GET /products/{id}` serves them: a description cleared on Whop is cleared here too.
const WHOP_PRODUCT_WRITE: WhopKeyedRecordWrite = {
  objectName: 'whopProduct',
  keyColumn: 'whopId',
  keyScope: 'live',
  columns: [
    'whopId',
    'name',
    'description',
    'visibility',
    'memberCount',
    'whopCreatedAt',
    'whopUpdatedAt',
    'syncedAt',
  ],
  untrackedColumns: ['syncedAt'],
  updateCondition: buildWhopVersionGuardSql,
};

// Whop products → whopProduct records, one batched upsert per page.
@Injectable()
export class WhopProductApplyService {
  constructor(private readonly applyTransactionService: WhopApplyTransactionService) {}

  async applyProducts(
    context: WhopApplyContext,
    products: WhopProductDetail[],
  ): Promise<WhopApplyResult> {
    const rows = keepLatestWhopResourceVersions(products).map((product) =>
      transformWhopProductToWhopProduct({ product, syncedAt: context.syncedAt }),
    );

    if (rows.length === 0) {
      return countWhopUpsertOutcomes([]);
    }

    const records = await this.applyTransactionService.run(context, ({ manager }) =>
      upsertWhopRecords(manager, WHOP_PRODUCT_WRITE, rows),
    );

    return countWhopUpsertOutcomes(records);
  }
}
