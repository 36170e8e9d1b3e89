import type { FastifyInstance } from 'fastify';
import { whopErrorHandler, whopNotFoundHandler } from '../api/whop-error-handler.util';
import type { SandboxContext } from '../sandbox-context.type';
import { registerAccessControlRoutes } from './access-control.routes';
import { registerCatalogControlRoutes } from './catalog-control.routes';
import { registerFaultControlRoutes } from './fault-control.routes';
import { registerMemberControlRoutes } from './member-control.routes';
import { registerMembershipControlRoutes } from './membership-control.routes';
import { registerPaymentControlRoutes } from './payment-control.routes';
import { registerSeedControlRoutes } from './seed-control.routes';
import { registerStateControlRoutes } from './state-control.routes';
import { registerWebhookControlRoutes } from './webhook-control.routes';

// /_sandbox: drive the sandbox from tests and scripts. Unauthenticated: it only exists in a sandbox.
export const registerControlApi = async (
  app: FastifyInstance,
  context: SandboxContext,
): Promise<void> => {
  app.setErrorHandler(whopErrorHandler);
  app.setNotFoundHandler(whopNotFoundHandler);
  registerSeedControlRoutes(app, context);
  registerStateControlRoutes(app, context);
  registerMemberControlRoutes(app, context);
  registerMembershipControlRoutes(app, context);
  registerPaymentControlRoutes(app, context);
  registerCatalogControlRoutes(app, context);
  registerFaultControlRoutes(app, context);
  registerWebhookControlRoutes(app, context);
  registerAccessControlRoutes(app, context);
};
