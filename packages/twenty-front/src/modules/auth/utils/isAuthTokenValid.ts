import type { AuthToken } from '@/auth/types/AuthToken';
import { isDefined } from '~/utils/isDefined';

export const isAuthTokenValid = (
  authToken: AuthToken | null,
  now: number = Date.now(),
): authToken is AuthToken => isDefined(authToken) && Date.parse(authToken.expiresAt) > now;
