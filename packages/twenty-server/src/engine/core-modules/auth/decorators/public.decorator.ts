import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC_KEY = 'auth:isPublic';

// Marks the few routes reachable without a workspace token: sign-in, health, OAuth callbacks,
// webhooks (those verify their own signatures).
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);
