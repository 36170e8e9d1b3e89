import { isDefined } from 'twenty-shared';

import type { AuthToken } from '@/auth/types/AuthToken';

export const isAuthTokenValid = (
  authToken: AuthToken | null,
  now: number = Date.now(),
): authToken is AuthToken => isDefined(authToken) && Date.parse(authToken.expiresAt) > now;
