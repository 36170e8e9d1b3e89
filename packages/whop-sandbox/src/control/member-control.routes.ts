import type { FastifyInstance } from 'fastify';
import { asBody, nullableString, optionalString } from '../api/body-params.util';
import { createMember, deleteMemberAccount, updateMember } from '../mutations/member.mutations';
import type { SandboxContext } from '../sandbox-context.type';
import { serializeMember } from '../serializers/member.serializer';
import { serializeMembership } from '../serializers/membership.serializer';
import { serializePayment } from '../serializers/payment.serializer';
import { serializeUser } from '../serializers/user.serializer';
import { findOrThrow } from './control-lookup.util';
import { fullAccess } from './full-access.util';
import { publishEvents } from './publish-events.util';

export const registerMemberControlRoutes = (
  app: FastifyInstance,
  context: SandboxContext,
): void => {
  const { store } = context;

  app.post('/members', async (request) => {
    const body = asBody(request.body);
    const created = createMember(
      store,
      {
        name: nullableString(body, 'name'),
        email: nullableString(body, 'email'),
        username: optionalString(body, 'username'),
        phone: nullableString(body, 'phone'),
        planId: optionalString(body, 'planId'),
      },
      context.clock.now(),
    );
    const serializerContext = fullAccess(store);
    return {
      user: { ...serializeUser(created.user), email: created.user.email },
      member: serializeMember(serializerContext, created.member),
      membership:
        created.membership === null
          ? null
          : serializeMembership(serializerContext, created.membership),
      payment:
        created.payment === null ? null : serializePayment(serializerContext, created.payment),
      events: publishEvents(context, created.events),
    };
  });

  // Change a member's email, name, username or phone. No webhook: v1 has no member events.
  app.patch<{ Params: { id: string } }>('/members/:id', async (request) => {
    const member = findOrThrow(store.members, 'Member', request.params.id);
    const body = asBody(request.body);
    updateMember(
      store,
      member,
      {
        name: nullableString(body, 'name'),
        email: nullableString(body, 'email'),
        username: optionalString(body, 'username'),
        phone: nullableString(body, 'phone'),
      },
      context.clock.now(),
    );
    return { member: serializeMember(fullAccess(store), member), events: [] };
  });

  // The member's user deletes their Whop account. No webhook: v1 has no member or user events.
  app.delete<{ Params: { id: string } }>('/members/:id/account', async (request) => {
    const member = findOrThrow(store.members, 'Member', request.params.id);
    deleteMemberAccount(store, member, context.clock.now());
    return { member: serializeMember(fullAccess(store), member), events: [] };
  });
};
