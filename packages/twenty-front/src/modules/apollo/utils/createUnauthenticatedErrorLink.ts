import { onError } from '@apollo/client/link/error';

import { isUnauthenticatedError } from '@/apollo/utils/isUnauthenticatedError';

export const createUnauthenticatedErrorLink = (onUnauthenticated: () => void) =>
  onError(({ graphQLErrors, networkError }) => {
    if (isUnauthenticatedError({ graphQLErrors, networkError })) {
      onUnauthenticated();
    }
  });
