import { createRecordQueryResolver } from 'src/engine/api/graphql/utils/create-record-query-resolver.util';
import { findWorkspaceObject } from 'src/engine/workspace-manager/workspace-objects';
import { toWhopPaymentDTO, WhopPaymentDTO } from 'src/modules/whop/dtos/whop-payment.dto';
import { toWhopProductDTO, WhopProductDTO } from 'src/modules/whop/dtos/whop-product.dto';

// `whopProducts` / `whopProduct(id)` and `whopPayments` / `whopPayment(id)`, like every record query.
export const WHOP_RECORD_RESOLVERS = [
  createRecordQueryResolver(findWorkspaceObject('whopProduct'), WhopProductDTO, toWhopProductDTO),
  createRecordQueryResolver(findWorkspaceObject('whopPayment'), WhopPaymentDTO, toWhopPaymentDTO),
];
