import type { FastifyInstance } from 'fastify';
import type { SandboxContext } from '../sandbox-context.type';
import { writeSandboxStateFile } from './sandbox-state-file';
import { snapshotSandboxState } from './sandbox-state-snapshot.util';

const READ_ONLY_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

// The state file is written as the sandbox starts (a path it cannot write stops it there), then
// after any request that may have changed what it holds (a token issued, rotated or revoked, an
// app registered, an API key minted, a webhook endpoint registered or deleted, a reseed), when it
// changed, before the answer leaves: a client never holds a token a restart would not know. A
// write that fails later is reported and retried at the next change; the request is answered, as
// the change it made is already in memory.
export const registerStatePersistence = (
  app: FastifyInstance,
  context: SandboxContext,
  path: string,
): void => {
  let written = JSON.stringify(snapshotSandboxState(context));
  writeSandboxStateFile(path, written);
  app.addHook('onSend', async (request, _reply, payload) => {
    if (READ_ONLY_METHODS.has(request.method)) return payload;
    const current = JSON.stringify(snapshotSandboxState(context));
    if (current === written) return payload;
    try {
      writeSandboxStateFile(path, current);
      written = current;
    } catch (error) {
      // writeSandboxStateFile's own error, which names the file and the cause.
      console.error(
        `${(error as Error).message}; what changed is kept in memory only until a write succeeds.`,
      );
    }
    return payload;
  });
};
