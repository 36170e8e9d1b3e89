import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import type { PersistedSandboxState } from './persisted-sandbox-state.type';

const LISTS = [
  'apps',
  'grants',
  'accessTokens',
  'refreshTokens',
  'apiKeys',
  'webhookEndpoints',
] as const;

const isPersistedSandboxState = (value: unknown): value is PersistedSandboxState => {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Record<string, unknown>;
  return (
    state.version === 1 &&
    Number.isFinite(state.referenceTime) &&
    LISTS.every((list) => Array.isArray(state[list]))
  );
};

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

// The saved state, or null when there is none yet. A file that is not one is an error: starting
// without it would silently forget every grant it holds.
export const readSandboxStateFile = (path: string): PersistedSandboxState | null => {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new Error(`whop-sandbox: cannot read the state file ${path}: ${messageOf(error)}`);
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

// Written whole and flushed to disk, then renamed over the old file: a crash or a power cut leaves
// one or the other, never half. Readable by its owner only: it holds tokens and secrets.
export const writeSandboxStateFile = (path: string, text: string): void => {
  const temporaryPath = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    const descriptor = openSync(temporaryPath, 'w', 0o600);
    try {
      writeSync(descriptor, text);
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    renameSync(temporaryPath, path);
  } catch (error) {
    throw new Error(`whop-sandbox: cannot write the state file ${path}: ${messageOf(error)}`);
  }
};
