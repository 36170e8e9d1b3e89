import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { PersistedSandboxState } from './persisted-sandbox-state.type';

const LISTS = ['grants', 'accessTokens', 'refreshTokens', 'apiKeys', 'webhookEndpoints'] as const;

const isPersistedSandboxState = (value: unknown): value is PersistedSandboxState => {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Record<string, unknown>;
  return state.version === 1 && LISTS.every((list) => Array.isArray(state[list]));
};

// The saved state, or null when there is none yet. A file that is not one is an error: starting
// without it would silently forget every grant it holds.
export const readSandboxStateFile = (path: string): PersistedSandboxState | null => {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (!isPersistedSandboxState(parsed))
    throw new Error(
      `whop-sandbox: ${path} is not a sandbox state file. Delete it to start with no grants, tokens or webhooks.`,
    );
  return parsed;
};

// Written whole, then renamed over the old file: a crash leaves one or the other, never half.
// Readable by its owner only: it holds tokens and webhook secrets.
export const writeSandboxStateFile = (path: string, text: string): void => {
  mkdirSync(dirname(path), { recursive: true });
  const temporaryPath = `${path}.${process.pid}.tmp`;
  writeFileSync(temporaryPath, text, { mode: 0o600 });
  renameSync(temporaryPath, path);
};
