import { ApolloError } from '@apollo/client';

// The message to show for a failed operation: the server's user-friendly GraphQL error message
// when there is one, else what went wrong on the way.
export const getApolloErrorMessage = (error: unknown): string => {
  if (!(error instanceof ApolloError)) {
    return error instanceof Error ? error.message : 'Something went wrong. Please try again.';
  }

  const [firstGraphQLError] = error.graphQLErrors;

  if (firstGraphQLError !== undefined) {
    return firstGraphQLError.message;
  }

  return error.networkError !== null
    ? "Can't reach the server. Check your connection and try again."
    : error.message;
};
