import { ApolloError } from '@apollo/client';

const hasStatusCode = (error: unknown): error is { statusCode: number } =>
  typeof (error as { statusCode?: unknown } | null)?.statusCode === 'number';

// The message to show for a failed operation: the server's user-friendly GraphQL error message
// when there is one; else whether the server answered with an error or could not be reached.
export const getApolloErrorMessage = (error: unknown): string => {
  if (!(error instanceof ApolloError)) {
    return error instanceof Error ? error.message : 'Something went wrong. Please try again.';
  }

  const [firstGraphQLError] = error.graphQLErrors;

  if (firstGraphQLError !== undefined) {
    return firstGraphQLError.message;
  }
  if (hasStatusCode(error.networkError)) {
    const { statusCode } = error.networkError;

    return statusCode >= 500
      ? `The server ran into a problem (HTTP ${statusCode}). Please try again in a moment.`
      : `The server refused the request (HTTP ${statusCode}). Reload the page and try again.`;
  }

  return error.networkError !== null
    ? "Can't reach the server. Check your connection and try again."
    : error.message;
};
