import type { FastifyInstance } from 'fastify';
import type { SandboxContext } from '../sandbox-context.type';
import { writeSandboxStateFile } from './sandbox-state-file';
import { snapshotSandboxState } from './sandbox-state-snapshot.util';

const READ_ONLY_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

// After any request that may have changed what clients hold (a token issued, rotated or revoked,
// an API key minted, a webhook endpoint registered or deleted, a reseed), the state file is written when it changed,
// before the answer leaves: a client never holds a token a restart would not know.
export const registerStatePersistence = (
  app: FastifyInstance,
  context: SandboxContext,
  path: string,
): void => {
  let written = JSON.stringify(snapshotSandboxState(context));
  app.addHook('onSend', async (request, _reply, payload) => {
    if (READ_ONLY_METHODS.has(request.method)) return payload;
    const current = JSON.stringify(snapshotSandboxState(context));
    if (current !== written) {
      writeSandboxStateFile(path, current);
      written = current;
    }
    return payload;
  });
};
