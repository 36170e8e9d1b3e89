import Fastify, { type FastifyInstance } from 'fastify';
import { registerApi } from '../api/api.plugin';
import { whopNotFoundHandler } from '../api/whop-error-handler.util';
import { registerControlApi } from '../control/control.plugin';
import { registerDiscoveryRoutes } from '../oauth/discovery.routes';
import { registerOAuthRoutes } from '../oauth/oauth.routes';
import { registerStatePersistence } from '../persistence/persist-sandbox-state.hook';
import type { SandboxContext } from '../sandbox-context.type';
import { registerBodyParsers } from './body-parsers.util';
import { faultInjectionHook } from './fault-injection.hook';

export const buildSandboxServer = async (context: SandboxContext): Promise<FastifyInstance> => {
  const app = Fastify({ logger: false, forceCloseConnections: true, bodyLimit: 1_048_576 });
  registerBodyParsers(app);
  app.addHook('onRequest', faultInjectionHook(context.faults));
  // Every answer is dated by the sandbox's clock, as Whop's are by Whop's.
  app.addHook('onSend', async (_request, reply) => {
    reply.header('date', new Date(context.clock.now()).toUTCString());
  });
  app.setNotFoundHandler(whopNotFoundHandler);
  if (context.options.stateFile !== null)
    registerStatePersistence(app, context, context.options.stateFile);

  app.get('/', async (request) => {
    const base = context.baseUrl(request.headers.host);
    return {
      name: 'Whop sandbox',
      issuer: base,
      api: `${base}/api/v1`,
      discovery: `${base}/.well-known/openid-configuration`,
      control: context.options.controlApi ? `${base}/_sandbox` : null,
    };
  });
  registerDiscoveryRoutes(app, context);
  await app.register(async (scope) => registerOAuthRoutes(scope, context));
  await app.register(async (scope) => registerApi(scope, context), { prefix: '/api/v1' });
  if (context.options.controlApi)
    await app.register(async (scope) => registerControlApi(scope, context), {
      prefix: '/_sandbox',
    });
  return app;
};
