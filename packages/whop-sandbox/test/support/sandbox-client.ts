import Whop from '@whop/sdk';
import type { WhopSandbox } from '../../src/start-whop-sandbox';

// The official client, every option passed explicitly so nothing is read from the environment.
export const sdkClient = (
  sandbox: WhopSandbox,
  apiKey: string,
  overrides: { maxRetries?: number; version?: string } = {},
): Whop =>
  new Whop({
    apiKey,
    baseURL: `${sandbox.url}/api/v1`,
    webhookKey: null,
    appID: null,
    version: overrides.version ?? '2026-07-20',
    userTokenPublicKey: null,
    userTokenJwksUrl: null,
    maxRetries: overrides.maxRetries ?? 2,
    timeout: 10_000,
    logLevel: 'off',
  });

export const control = async <T = any>(
  sandbox: WhopSandbox,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> => {
  const response = await fetch(`${sandbox.url}/_sandbox${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
};

export const mintApiKey = async (sandbox: WhopSandbox, permissions?: string[]): Promise<string> => {
  const { body } = await control<{ key: string }>(
    sandbox,
    'POST',
    '/api-keys',
    permissions === undefined ? {} : { permissions },
  );
  return body.key;
};

export const api = async (
  sandbox: WhopSandbox,
  path: string,
  token: string | null,
  headers: Record<string, string> = {},
) => {
  const response = await fetch(`${sandbox.url}/api/v1${path}`, {
    headers: { ...(token === null ? {} : { authorization: `Bearer ${token}` }), ...headers },
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as any,
  };
};
