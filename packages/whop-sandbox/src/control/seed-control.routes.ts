import type { FastifyInstance } from 'fastify';
import { asBody, optionalNumber, optionalString } from '../api/body-params.util';
import { unprocessable } from '../api/whop-api-error';
import { reseedSandbox } from '../reseed-sandbox.util';
import type { SandboxContext } from '../sandbox-context.type';
import { summarizeState } from './summarize-state.util';

const MAX_MEMBERS = 1_000_000;

export const registerSeedControlRoutes = (app: FastifyInstance, context: SandboxContext): void => {
  // Regenerate from a seed: same seed and member count, same data.
  app.post('/seed', async (request) => {
    const body = asBody(request.body);
    const { store } = context;
    const referenceDate = optionalString(body, 'referenceDate');
    const referenceTime =
      referenceDate === undefined ? store.referenceTime : Date.parse(referenceDate);
    if (Number.isNaN(referenceTime)) throw unprocessable('referenceDate must be an ISO date.');
    reseedSandbox(context, {
      seed: optionalNumber(body, 'seed', { min: 0, max: 2 ** 32 - 1, integer: true }) ?? store.seed,
      members:
        optionalNumber(body, 'members', { min: 0, max: MAX_MEMBERS, integer: true }) ??
        store.memberCount,
      referenceTime,
    });
    return summarizeState(context);
  });

  // Back to the current seed's initial data.
  app.post('/reset', async () => {
    const { store } = context;
    reseedSandbox(context, {
      seed: store.seed,
      members: store.memberCount,
      referenceTime: store.referenceTime,
    });
    return summarizeState(context);
  });
};
