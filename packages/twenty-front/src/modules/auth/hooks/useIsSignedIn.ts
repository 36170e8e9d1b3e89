import { useAtomValue } from 'jotai';

import { authTokenState } from '@/auth/states/authTokenState';
import { isAuthTokenValid } from '@/auth/utils/isAuthTokenValid';

export const useIsSignedIn = () => isAuthTokenValid(useAtomValue(authTokenState));
