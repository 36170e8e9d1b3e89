import type { FastifyInstance } from 'fastify';
import {
  type BodyParams,
  asBody,
  optionalBoolean,
  optionalEnum,
  optionalString,
} from '../api/body-params.util';
import {
  type CancellationDetails,
  activateMembership,
  cancelMembership,
  expireMembership,
  setCancelAtPeriodEnd,
} from '../mutations/membership.mutations';
import type { SandboxContext } from '../sandbox-context.type';
import { serializeMembership } from '../serializers/membership.serializer';
import type { MembershipRecord } from '../types/sandbox-records.type';
import { CANCEL_OPTIONS } from '../types/whop-enums.type';
import type { SandboxEvent } from '../webhooks/sandbox-event.type';
import { findOrThrow } from './control-lookup.util';
import { fullAccess } from './full-access.util';
import { publishEvents } from './publish-events.util';

const cancellationDetails = (body: BodyParams): CancellationDetails => ({
  cancelOption: optionalEnum(body, 'cancelOption', CANCEL_OPTIONS),
  cancellationReason: optionalString(body, 'cancellationReason'),
});

type MembershipMutation = (
  membership: MembershipRecord,
  body: BodyParams,
  now: number,
) => SandboxEvent[];

export const registerMembershipControlRoutes = (
  app: FastifyInstance,
  context: SandboxContext,
): void => {
  const { store } = context;
  const mutations: Record<string, MembershipMutation> = {
    activate: (membership, _body, now) => activateMembership(store, membership, now),
    'cancel-at-period-end': (membership, body, now) =>
      setCancelAtPeriodEnd(
        store,
        membership,
        optionalBoolean(body, 'enabled') ?? true,
        cancellationDetails(body),
        now,
      ),
    cancel: (membership, body, now) =>
      cancelMembership(store, membership, cancellationDetails(body), now),
    expire: (membership, _body, now) => expireMembership(store, membership, now),
  };

  for (const [action, mutate] of Object.entries(mutations)) {
    app.post<{ Params: { id: string } }>(`/memberships/:id/${action}`, async (request) => {
      const membership = findOrThrow(store.memberships, 'Membership', request.params.id);
      const events = mutate(membership, asBody(request.body), context.clock.now());
      return {
        membership: serializeMembership(fullAccess(store), membership),
        events: publishEvents(context, events),
      };
    });
  }
};
