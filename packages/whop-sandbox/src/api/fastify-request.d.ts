import type { Credential } from '../auth/credential.type';

declare module 'fastify' {
  interface FastifyRequest {
    // Set by the /api/v1 authentication hook.
    credential: Credential;
  }
}
