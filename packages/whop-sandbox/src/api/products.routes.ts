import type { FastifyInstance } from 'fastify';
import { REQUIRED_PERMISSIONS } from '../constants/permissions.constant';
import { requirePermissions } from '../auth/require-permissions.util';
import { paginate } from '../pagination/paginate.util';
import type { SandboxContext } from '../sandbox-context.type';
import { serializeProduct, serializeProductListItem } from '../serializers/product.serializer';
import type { ProductRecord } from '../types/sandbox-records.type';
import { VISIBILITIES } from '../types/whop-enums.type';
import { scopedCompanyId } from './company-scope.util';
import { parseListArgs } from './list-args.util';
import { listResponseParts } from './list-response.util';
import { type QueryParams, readArray, readEnumArray, requireString } from './query-params.util';
import { sendJson } from './send-json.util';
import { serializerContextFor } from './serializer-context.util';
import { type OrderValues, sortedSource } from './sorted-source.util';
import { notFound } from './whop-api-error';

const PRODUCT_ORDERS: OrderValues<ProductRecord> = {
  created_at: (product) => product.createdAt,
  id: (product) => product.id,
  title: (product) => product.title,
};

export const registerProductRoutes = (app: FastifyInstance, context: SandboxContext): void => {
  // account_id (the biz_ id) is required since Whop renamed company_id on 2026-06-09.
  app.get('/products', async (request, reply) => {
    requirePermissions(request.credential, REQUIRED_PERMISSIONS.products);
    const query = request.query as QueryParams;
    scopedCompanyId(request.credential, requireString(query, 'account_id'));
    const visibilities = readEnumArray(query, 'visibilities', VISIBILITIES);
    const accessPassTypes = readArray(query, 'access_pass_types');
    const { pageArgs, order } = parseListArgs(query, Object.keys(PRODUCT_ORDERS));

    const matches = (product: ProductRecord): boolean =>
      (visibilities === undefined || visibilities.has(product.visibility)) &&
      (accessPassTypes === undefined || accessPassTypes.includes('regular'));
    const source = sortedSource(context, 'products', context.store.products, order, PRODUCT_ORDERS);
    const serializerContext = serializerContextFor(context, request.credential);
    return sendJson(
      reply,
      context.bodyBuffers,
      listResponseParts(paginate(source, pageArgs, matches), source, order, (product) =>
        serializeProductListItem(serializerContext, product),
      ),
    );
  });

  app.get<{ Params: { id: string } }>('/products/:id', async (request) => {
    requirePermissions(request.credential, REQUIRED_PERMISSIONS.products);
    const product = context.store.products.get(request.params.id);
    if (product === undefined || product.companyId !== request.credential.companyId)
      throw notFound('Product', request.params.id);
    return serializeProduct(serializerContextFor(context, request.credential), product);
  });
};
