import type { ErrorResponse } from '@apollo/client/link/error';

export const isUnauthenticatedError = ({
  graphQLErrors,
  networkError,
}: Pick<ErrorResponse, 'graphQLErrors' | 'networkError'>): boolean => {
  const hasUnauthenticatedGraphQLError =
    graphQLErrors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED') ?? false;
  const hasUnauthorizedStatus =
    typeof networkError === 'object' &&
    networkError !== null &&
    'statusCode' in networkError &&
    networkError.statusCode === 401;

  return hasUnauthenticatedGraphQLError || hasUnauthorizedStatus;
};
