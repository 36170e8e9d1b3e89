import { ApolloError } from '@apollo/client';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';

import { getApolloErrorMessage } from '@/apollo/utils/getApolloErrorMessage';

const serverError = (statusCode: number) =>
  Object.assign(new Error(`Response not successful: Received status code ${statusCode}`), {
    name: 'ServerError',
    statusCode,
    response: {},
    result: {},
  });

describe('getApolloErrorMessage', () => {
  it("shows the server's own message for a GraphQL error", () => {
    const error = new ApolloError({
      graphQLErrors: [new GraphQLError('A sync is already running for this connection.')],
    });

    expect(getApolloErrorMessage(error)).toBe('A sync is already running for this connection.');
  });

  it('says the server failed, with its status, when it answered with an HTTP error', () => {
    const error = new ApolloError({ networkError: serverError(500) });

    expect(getApolloErrorMessage(error)).toBe(
      'The server ran into a problem (HTTP 500). Please try again in a moment.',
    );
  });

  it('says the server refused the request when it answered with a client error', () => {
    const error = new ApolloError({ networkError: serverError(413) });

    expect(getApolloErrorMessage(error)).toBe(
      'The server refused the request (HTTP 413). Reload the page and try again.',
    );
  });

  it('says the server cannot be reached when no answer came', () => {
    const error = new ApolloError({ networkError: new TypeError('Failed to fetch') });

    expect(getApolloErrorMessage(error)).toBe(
      "Can't reach the server. Check your connection and try again.",
    );
  });

  it('keeps the message of any other error', () => {
    expect(getApolloErrorMessage(new Error('Boom'))).toBe('Boom');
    expect(getApolloErrorMessage('nope')).toBe('Something went wrong. Please try again.');
  });
});
