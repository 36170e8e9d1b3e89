import { ApolloError } from '@apollo/client';

// The server refused a page's cursor: one it no longer reads, such as a cursor handed out before
// a deploy that changed what cursors hold.
export const isInvalidCursorError = (error: unknown): boolean =>
  error instanceof ApolloError &&
  error.graphQLErrors.some(({ extensions }) => extensions?.code === 'INVALID_CURSOR');
