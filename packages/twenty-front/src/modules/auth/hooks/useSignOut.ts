import { useSetAtom } from 'jotai';
import { RESET } from 'jotai/utils';
import { useCallback } from 'react';

import { authTokenState } from '@/auth/states/authTokenState';

export const useSignOut = () => {
  const setAuthToken = useSetAtom(authTokenState);

  return useCallback(() => setAuthToken(RESET), [setAuthToken]);
};
