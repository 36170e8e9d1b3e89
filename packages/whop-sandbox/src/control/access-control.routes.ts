import type { FastifyInstance } from 'fastify';
import {
  asBody,
  optionalNumber,
  optionalString,
  optionalStringArray,
  requiredString,
} from '../api/body-params.util';
import { unprocessable } from '../api/whop-api-error';
import { PERMISSIONS } from '../constants/permissions.constant';
import type { SandboxContext } from '../sandbox-context.type';

const KNOWN_PERMISSIONS: ReadonlySet<string> = new Set(PERMISSIONS);

const readPermissions = (value: string[] | undefined): string[] | undefined => {
  const unknown = (value ?? []).filter((permission) => !KNOWN_PERMISSIONS.has(permission));
  if (unknown.length > 0)
    throw unprocessable(
      `Unknown permissions: ${unknown.join(', ')}. Known: ${PERMISSIONS.join(', ')}.`,
    );
  return value;
};

export const registerAccessControlRoutes = (
  app: FastifyInstance,
  context: SandboxContext,
): void => {
  // A company API key (every permission unless `permissions` narrows it).
  app.post('/api-keys', async (request) => {
    const body = asBody(request.body);
    const permissions = readPermissions(optionalStringArray(body, 'permissions')) ?? [
      ...PERMISSIONS,
    ];
    const record = context.apiKeys.create(
      {
        companyId: context.store.company.id,
        name: optionalString(body, 'name') ?? 'Sandbox API key',
        permissions,
      },
      Date.now(),
    );
    return {
      id: record.id,
      key: record.key,
      name: record.name,
      companyId: record.companyId,
      permissions: record.permissions,
    };
  });

  app.post('/auto-approve', async (request) => {
    const enabled = asBody(request.body).enabled;
    if (typeof enabled !== 'boolean') throw unprocessable('enabled must be a boolean.');
    context.settings.autoApprove = enabled;
    return { autoApprove: enabled };
  });

  // Register (or replace) an OAuth app, e.g. with the redirect URI of a server on a random port.
  app.post('/apps', async (request) => {
    const body = asBody(request.body);
    const redirectUris = optionalStringArray(body, 'redirectUris') ?? [];
    if (redirectUris.length === 0) throw unprocessable('redirectUris must list at least one URI.');
    const app = {
      clientId: requiredString(body, 'clientId'),
      clientSecret: optionalString(body, 'clientSecret'),
      name: requiredString(body, 'name'),
      redirectUris,
      permissions: readPermissions(optionalStringArray(body, 'permissions')),
    };
    context.oauth.registerApp(app);
    return app;
  });

  // Move the sandbox clock: forward, so authorization codes and access tokens expire without
  // waiting; back, as a Whop whose clock is behind the integration's. Records changed from then on
  // carry its time, and every answer's Date header says it.
  app.post('/clock', async (request) => {
    const seconds = optionalNumber(asBody(request.body), 'advanceSeconds');
    if (seconds === undefined) throw unprocessable('advanceSeconds is required.');
    context.clock.advance(seconds * 1000);
    return { offsetMs: context.clock.offsetMs() };
  });
};
