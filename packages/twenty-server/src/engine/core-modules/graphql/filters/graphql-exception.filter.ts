import { type ArgumentsHost, Catch, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost, type GqlContextType, type GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { QueryFailedError } from 'typeorm';

import { convertHttpExceptionToGraphQLError } from 'src/engine/core-modules/graphql/utils/convert-http-exception-to-graphql-error.util';
import { CustomException } from 'src/engine/utils/custom-exception';

const INTERNAL_SERVER_ERROR_MESSAGE = 'Something went wrong. Please try again.';

// SQLSTATE class 22, data exception: a value the client sent that PostgreSQL cannot read as its
// column's type (an id that is not a UUID). PostgreSQL's message names the value and the type only.
const isPostgresDataException = (exception: unknown): exception is QueryFailedError =>
  exception instanceof QueryFailedError &&
  String((exception.driverError as { code?: unknown })?.code ?? '').startsWith('22');

// The one place where an exception thrown by a resolver (or a guard in front of it) becomes the
// error a GraphQL client reads. Domain exceptions carry their code and user-friendly message;
// anything unexpected is a server fault whose details stay in the log.
@Catch()
export class GraphQLExceptionFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger(GraphQLExceptionFilter.name);

  override catch(exception: unknown, host: ArgumentsHost): GraphQLError | undefined {
    // REST routes (OAuth callback, webhooks, /healthz) keep Nest's own HTTP error responses.
    if (host.getType<GqlContextType>() !== 'graphql') {
      super.catch(exception, host);

      return undefined;
    }
    if (exception instanceof GraphQLError) {
      return exception;
    }
    if (exception instanceof CustomException) {
      return new GraphQLError(exception.userFriendlyMessage, {
        extensions: { code: exception.code },
      });
    }
    if (
      exception instanceof HttpException &&
      exception.getStatus() < HttpStatus.INTERNAL_SERVER_ERROR
    ) {
      return convertHttpExceptionToGraphQLError(exception);
    }
    if (isPostgresDataException(exception)) {
      return new GraphQLError(exception.message, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    this.logServerFault(exception, GqlArgumentsHost.create(host).getInfo<GraphQLResolveInfo>());

    return new GraphQLError(INTERNAL_SERVER_ERROR_MESSAGE, {
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  }

  // Only the operation name, message and stack are logged: never the arguments (a password, a
  // token) nor the error's own fields (a failed query's parameters, an HTTP client's headers).
  private logServerFault(exception: unknown, info: GraphQLResolveInfo): void {
    const operation = `${info.parentType.name}.${info.fieldName}`;

    if (exception instanceof Error) {
      this.logger.error(`${operation} failed: ${exception.message}`, exception.stack);

      return;
    }
    this.logger.error(`${operation} failed: ${String(exception)}`);
  }
}
