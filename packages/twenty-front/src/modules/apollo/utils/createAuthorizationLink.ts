import { setContext } from '@apollo/client/link/context';
import { isDefined } from 'twenty-shared';

export const createAuthorizationLink = (getAccessToken: () => string | null) =>
  setContext((_operation, { headers }) => {
    const accessToken = getAccessToken();

    if (!isDefined(accessToken)) {
      return { headers };
    }

    return { headers: { ...headers, authorization: `Bearer ${accessToken}` } };
  });
