import { isDefined } from 'twenty-shared';

// The form every email is stored and matched in: Unicode NFC, trimmed, lower-case; blank → null.
export const normalizeWhopEmail = (email: string | null | undefined): string | null => {
  const normalized = isDefined(email) ? email.normalize('NFC').trim().toLowerCase() : '';

  return normalized === '' ? null : normalized;
};
