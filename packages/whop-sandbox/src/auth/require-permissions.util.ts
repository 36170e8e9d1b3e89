import { WhopApiError } from '../api/whop-api-error';
import { SOFT_PERMISSIONS } from '../constants/permissions.constant';
import type { Credential } from './credential.type';

const missingPermissions = (credential: Credential, required: readonly string[]): string[] =>
  required.filter((permission) => !credential.permissions.has(permission));

// 403 naming every missing permission, so a seller can be told exactly what to grant.
export const requirePermissions = (credential: Credential, required: readonly string[]): void => {
  const missing = missingPermissions(credential, required);
  if (missing.length === 0) return;
  const noun = missing.length === 1 ? 'permission' : 'permissions';
  throw new WhopApiError(
    403,
    `This credential is missing the required ${noun}: ${missing.join(', ')}.`,
  );
};

// Emails and phones are hidden, not refused, without their permission.
export const serializerAccess = (credential: Credential) => ({
  canReadEmail: credential.permissions.has(SOFT_PERMISSIONS.email),
  canReadPhone: credential.permissions.has(SOFT_PERMISSIONS.phone),
});
