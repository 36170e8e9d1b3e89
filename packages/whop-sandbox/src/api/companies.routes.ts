import type { FastifyInstance } from 'fastify';
import { REQUIRED_PERMISSIONS } from '../constants/permissions.constant';
import { requirePermissions } from '../auth/require-permissions.util';
import { paginate } from '../pagination/paginate.util';
import type { SandboxContext } from '../sandbox-context.type';
import { serializeCompany, serializeCompanyListItem } from '../serializers/company.serializer';
import { scopedCompanyId } from './company-scope.util';
import { parseListArgs } from './list-args.util';
import { listResponseParts } from './list-response.util';
import { type QueryParams, readString, readTimestamp } from './query-params.util';
import { sendJson } from './send-json.util';
import { serializerContextFor } from './serializer-context.util';
import { notFound } from './whop-api-error';

export const registerCompanyRoutes = (app: FastifyInstance, context: SandboxContext): void => {
  app.get<{ Params: { id: string } }>('/companies/:id', async (request) => {
    requirePermissions(request.credential, REQUIRED_PERMISSIONS.companies);
    const { company } = context.store;
    if (request.params.id !== request.credential.companyId || request.params.id !== company.id)
      throw notFound('Company', request.params.id);
    return serializeCompany(serializerContextFor(context, request.credential), company);
  });

  // Without parent_company_id: the companies the credential can reach (its own). With it: that
  // platform's connected accounts, which a sandbox company never has.
  app.get('/companies', async (request, reply) => {
    requirePermissions(request.credential, REQUIRED_PERMISSIONS.companies);
    const query = request.query as QueryParams;
    const parentCompanyId = readString(query, 'parent_company_id');
    if (parentCompanyId !== undefined) scopedCompanyId(request.credential, parentCompanyId);
    const createdAfter = readTimestamp(query, 'created_after') ?? -Infinity;
    const createdBefore = readTimestamp(query, 'created_before') ?? Infinity;
    const { pageArgs, order } = parseListArgs(query, ['created_at']);
    const { company } = context.store;
    const source = {
      items: parentCompanyId === undefined ? [company] : [],
      keyOf: (item: typeof company) => ({ value: item.createdAt, id: item.id }),
    };
    const page = paginate(
      source,
      pageArgs,
      (item) => item.createdAt > createdAfter && item.createdAt < createdBefore,
    );
    const serializerContext = serializerContextFor(context, request.credential);
    return sendJson(
      reply,
      context.bodyBuffers,
      listResponseParts(page, source, order, (item) =>
        serializeCompanyListItem(serializerContext, item),
      ),
    );
  });
};
