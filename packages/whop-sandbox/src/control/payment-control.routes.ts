import type { FastifyInstance } from 'fastify';
import {
  asBody,
  optionalEnum,
  optionalNumber,
  optionalString,
  requiredString,
} from '../api/body-params.util';
import {
  createPayment,
  failPayment,
  refundPayment,
  succeedPayment,
} from '../mutations/payment.mutations';
import type { SandboxContext } from '../sandbox-context.type';
import { serializeMembership } from '../serializers/membership.serializer';
import { serializePayment } from '../serializers/payment.serializer';
import type { PaymentRecord } from '../types/sandbox-records.type';
import type { SandboxEvent } from '../webhooks/sandbox-event.type';
import { findOrThrow } from './control-lookup.util';
import { fullAccess } from './full-access.util';
import { publishEvents } from './publish-events.util';

const OUTCOMES = ['succeeded', 'failed', 'pending'] as const;

export const registerPaymentControlRoutes = (
  app: FastifyInstance,
  context: SandboxContext,
): void => {
  const { store } = context;
  const respond = (payment: PaymentRecord, events: SandboxEvent[]) => {
    const serializerContext = fullAccess(store);
    return {
      payment: serializePayment(serializerContext, payment),
      membership: serializeMembership(
        serializerContext,
        store.memberships.get(payment.membershipId)!,
      ),
      events: publishEvents(context, events),
    };
  };

  // A new charge on a membership (renewal or first purchase) with the given outcome.
  app.post('/payments', async (request) => {
    const body = asBody(request.body);
    const membership = findOrThrow(
      store.memberships,
      'Membership',
      requiredString(body, 'membershipId'),
    );
    const { payment, events } = createPayment(
      store,
      membership,
      {
        outcome: optionalEnum(body, 'outcome', OUTCOMES) ?? 'succeeded',
        amount: optionalNumber(body, 'amount', { min: 0 }),
        failureMessage: optionalString(body, 'failureMessage'),
      },
      context.clock.now(),
    );
    return respond(payment, events);
  });

  app.post<{ Params: { id: string } }>('/payments/:id/succeed', async (request) => {
    const payment = findOrThrow(store.payments, 'Payment', request.params.id);
    return respond(payment, succeedPayment(store, payment, context.clock.now()));
  });

  app.post<{ Params: { id: string } }>('/payments/:id/fail', async (request) => {
    const payment = findOrThrow(store.payments, 'Payment', request.params.id);
    return respond(
      payment,
      failPayment(
        store,
        payment,
        optionalString(asBody(request.body), 'failureMessage'),
        context.clock.now(),
      ),
    );
  });

  // Full refund, or partial with `amount` (major units).
  app.post<{ Params: { id: string } }>('/payments/:id/refund', async (request) => {
    const payment = findOrThrow(store.payments, 'Payment', request.params.id);
    const { events } = refundPayment(
      store,
      payment,
      optionalNumber(asBody(request.body), 'amount', { min: 0 }),
      context.clock.now(),
    );
    return respond(payment, events);
  });
};
