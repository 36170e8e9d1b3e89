import {
  BadRequestException,
  ForbiddenException,
  Logger,
  NotFoundException,
  UnauthorizedException,
} from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';

import { AuthException, AuthExceptionCode } from 'src/engine/core-modules/auth/auth.exception';
import { GraphQLExceptionFilter } from 'src/engine/core-modules/graphql/filters/graphql-exception.filter';

const SECRET = 'hunter2-secret-password';

// A resolver call as Nest hands it to the filter: root, args, context, info.
const graphqlHost = () => {
  const host = new ExecutionContextHost([
    {},
    { email: 'ada@example.test', password: SECRET },
    { req: { headers: { authorization: `Bearer ${SECRET}` } } },
    { parentType: { name: 'Mutation' }, fieldName: 'signIn' },
  ]);

  host.setType('graphql');

  return host;
};

describe('GraphQLExceptionFilter', () => {
  let filter: GraphQLExceptionFilter;
  let logError: jest.SpyInstance;

  beforeEach(() => {
    filter = new GraphQLExceptionFilter();
    logError = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });

  afterEach(() => jest.restoreAllMocks());

  it('answers a value PostgreSQL cannot read as its column type as bad user input', () => {
    const error = filter.catch(
      new QueryFailedError('SELECT 1 WHERE "id" = $1', ['nope'], {
        code: '22P02',
        message: 'invalid input syntax for type uuid: "nope"',
      } as unknown as Error),
      graphqlHost(),
    );

    expect(error?.message).toBe('invalid input syntax for type uuid: "nope"');
    expect(error?.extensions.code).toBe('BAD_USER_INPUT');
    expect(logError).not.toHaveBeenCalled();
  });

  it('passes a GraphQLError through unchanged', () => {
    const error = new GraphQLError('Person 1 not found', { extensions: { code: 'NOT_FOUND' } });

    expect(filter.catch(error, graphqlHost())).toBe(error);
    expect(logError).not.toHaveBeenCalled();
  });

  it('answers a domain exception with its user-friendly message and its code', () => {
    const error = filter.catch(
      new AuthException(
        'Invalid credentials for user 42',
        AuthExceptionCode.INVALID_CREDENTIALS,
        'Wrong email or password.',
      ),
      graphqlHost(),
    );

    expect(error).toBeInstanceOf(GraphQLError);
    expect(error?.message).toBe('Wrong email or password.');
    expect(error?.extensions).toEqual({ code: 'INVALID_CREDENTIALS' });
    expect(logError).not.toHaveBeenCalled();
  });

  it.each([
    [new UnauthorizedException('Missing bearer token'), 'Missing bearer token', 'UNAUTHENTICATED'],
    [new ForbiddenException('Not allowed'), 'Not allowed', 'FORBIDDEN'],
    [new NotFoundException(), 'Not Found', 'NOT_FOUND'],
    [
      new BadRequestException(['email must be an email', 'password should not be empty']),
      'email must be an email; password should not be empty',
      'BAD_REQUEST',
    ],
  ])('keeps the meaning of a client-side HTTP exception (%s)', (exception, message, code) => {
    const error = filter.catch(exception, graphqlHost());

    expect(error?.message).toBe(message);
    expect(error?.extensions).toEqual({ code });
    expect(logError).not.toHaveBeenCalled();
  });

  it('answers any other error as a logged server fault, without its internals', () => {
    const error = filter.catch(
      new Error('connect ECONNREFUSED 10.0.0.5:5432 (pool user twenty)'),
      graphqlHost(),
    );

    expect(error?.message).toBe('Something went wrong. Please try again.');
    expect(error?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(logError).toHaveBeenCalledTimes(1);
    const logged = logError.mock.calls[0].join(' ');

    expect(logged).toContain('Mutation.signIn failed: connect ECONNREFUSED');
    expect(logged).not.toContain(SECRET);
  });

  it('leaves an error outside GraphQL to Nest’s HTTP handling', () => {
    const nestHttpHandling = jest
      .spyOn(BaseExceptionFilter.prototype, 'catch')
      .mockImplementation(() => undefined);
    const host = new ExecutionContextHost([{}, {}, () => undefined]);
    const exception = new UnauthorizedException();

    host.setType('http');

    expect(filter.catch(exception, host)).toBeUndefined();
    expect(nestHttpHandling).toHaveBeenCalledWith(exception, host);
  });
});
