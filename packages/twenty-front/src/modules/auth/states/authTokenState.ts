import { atomWithStorage } from 'jotai/utils';

import type { AuthToken } from '@/auth/types/AuthToken';

export const authTokenState = atomWithStorage<AuthToken | null>(
  'twenty.authToken',
  null,
  undefined,
  {
    getOnInit: true,
  },
);
