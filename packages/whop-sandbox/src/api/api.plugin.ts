import type { FastifyInstance } from 'fastify';
import { authenticateBearer } from '../auth/authenticate-bearer.util';
import type { SandboxContext } from '../sandbox-context.type';
import { resolveApiVersionDate } from './api-version.util';
import { registerCompanyRoutes } from './companies.routes';
import { registerMemberRoutes } from './members.routes';
import { registerMembershipRoutes } from './memberships.routes';
import { registerPaymentRoutes } from './payments.routes';
import { registerPlanRoutes } from './plans.routes';
import { registerProductRoutes } from './products.routes';
import { registerUserRoutes } from './users.routes';
import { registerWebhookRoutes } from './webhooks.routes';
import { rateLimited } from './whop-api-error';
import { whopErrorHandler, whopNotFoundHandler } from './whop-error-handler.util';

// /api/v1: version check, bearer authentication, then the per-operation per-credential rate limit.
export const registerApi = async (app: FastifyInstance, context: SandboxContext): Promise<void> => {
  app.decorateRequest('credential', null as never);
  app.setErrorHandler(whopErrorHandler);
  app.setNotFoundHandler(whopNotFoundHandler);

  app.addHook('onRequest', async (request) => {
    resolveApiVersionDate(request.headers['api-version-date']);
    request.credential = authenticateBearer(context, request.headers.authorization);
    const operation = `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]}`;
    const decision = context.rateLimiter.hit(`${request.credential.id} ${operation}`, Date.now());
    if (!decision.allowed) throw rateLimited(decision.retryAfterSeconds);
  });

  registerCompanyRoutes(app, context);
  registerUserRoutes(app, context);
  registerMemberRoutes(app, context);
  registerProductRoutes(app, context);
  registerPlanRoutes(app, context);
  registerMembershipRoutes(app, context);
  registerPaymentRoutes(app, context);
  registerWebhookRoutes(app, context);
};
