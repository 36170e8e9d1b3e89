import { type HttpException, HttpStatus } from '@nestjs/common';
import { GraphQLError } from 'graphql';

// Apollo's names where they differ from the HTTP status name (as @nestjs/apollo maps them), so
// clients can keep matching UNAUTHENTICATED to sign the user out.
const GRAPHQL_CODE_BY_HTTP_STATUS: Partial<Record<number, string>> = {
  [HttpStatus.UNAUTHORIZED]: 'UNAUTHENTICATED',
  [HttpStatus.UNPROCESSABLE_ENTITY]: 'BAD_USER_INPUT',
};

// A client-side HTTP exception (a guard's 401, a pipe's 400) keeps its message and gets a code
// named after its status.
export const convertHttpExceptionToGraphQLError = (exception: HttpException): GraphQLError => {
  const status = exception.getStatus();
  const response = exception.getResponse();
  const message =
    typeof response === 'object' && 'message' in response ? response.message : exception.message;

  return new GraphQLError(Array.isArray(message) ? message.join('; ') : String(message), {
    extensions: {
      code: GRAPHQL_CODE_BY_HTTP_STATUS[status] ?? HttpStatus[status] ?? 'BAD_REQUEST',
    },
  });
};
