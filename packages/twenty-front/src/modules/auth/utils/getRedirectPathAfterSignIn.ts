import { AppPath } from '@/types/AppPath';

const isRedirectState = (state: unknown): state is { from: string } =>
  typeof state === 'object' && state !== null && 'from' in state && typeof state.from === 'string';

export const getRedirectPathAfterSignIn = (locationState: unknown): string => {
  if (!isRedirectState(locationState)) {
    return AppPath.People;
  }

  const { from } = locationState;
  const isInternalPath = from.startsWith('/') && !from.startsWith('//');
  const pathname = from.split(/[?#]/)[0];

  return isInternalPath && pathname !== AppPath.SignIn && pathname !== AppPath.Index
    ? from
    : AppPath.People;
};
