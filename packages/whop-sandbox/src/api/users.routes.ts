import type { FastifyInstance } from 'fastify';
import type { SandboxContext } from '../sandbox-context.type';
import { serializeUser } from '../serializers/user.serializer';
import { notFound } from './whop-api-error';

export const registerUserRoutes = (app: FastifyInstance, context: SandboxContext): void => {
  // By user_ id, by username, or `me` (the token's user; the company owner for an API key).
  app.get<{ Params: { id: string } }>('/users/:id', async (request) => {
    const { id } = request.params;
    const { store } = context;
    const user =
      id === 'me'
        ? store.users.get(request.credential.userId)
        : (store.users.get(id) ?? store.userByUsername(id));
    if (user === undefined) throw notFound('User', id);
    return serializeUser(user);
  });
};
