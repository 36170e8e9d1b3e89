import { ApolloError } from '@apollo/client';
import { isDefined } from 'twenty-shared';

import { getApolloErrorMessage } from '@/apollo/utils/getApolloErrorMessage';

const INVALID_CREDENTIALS_CODES = ['INVALID_CREDENTIALS', 'UNAUTHENTICATED'];

export const getSignInErrorMessage = (error: unknown): string => {
  if (!(error instanceof ApolloError)) {
    return 'Something went wrong. Please try again.';
  }

  const [firstGraphQLError] = error.graphQLErrors;

  if (!isDefined(firstGraphQLError)) {
    return getApolloErrorMessage(error);
  }

  const code = firstGraphQLError.extensions?.code;

  if (typeof code === 'string' && INVALID_CREDENTIALS_CODES.includes(code)) {
    return 'Invalid email or password.';
  }

  return firstGraphQLError.message;
};
