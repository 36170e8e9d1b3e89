import { Catch } from '@nestjs/common';
import { type GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';

// A GraphQLError is an answer for the client (a wrong password, an unknown record), not a server
// fault: hand it to Apollo as it is instead of logging it as an unhandled exception.
@Catch(GraphQLError)
export class GraphQLErrorPassthroughFilter implements GqlExceptionFilter {
  catch(exception: GraphQLError): GraphQLError {
    return exception;
  }
}
