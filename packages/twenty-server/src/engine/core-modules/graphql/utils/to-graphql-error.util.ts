import { GraphQLError } from 'graphql';

import { CustomException } from 'src/engine/utils/custom-exception';

// Domain exceptions reach GraphQL clients as their code and user-friendly message; anything else
// is reported without internals.
export const toGraphQLError = (error: unknown): GraphQLError => {
  if (error instanceof GraphQLError) {
    return error;
  }
  if (error instanceof CustomException) {
    return new GraphQLError(error.userFriendlyMessage, { extensions: { code: error.code } });
  }

  return new GraphQLError(error instanceof Error ? error.message : 'Unexpected error', {
    extensions: { code: 'BAD_REQUEST' },
  });
};
