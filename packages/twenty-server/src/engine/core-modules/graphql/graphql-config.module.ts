import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';

import { GraphQLJSON } from 'src/engine/api/graphql/scalars/json.scalar';
import { EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import { GraphQLExceptionFilter } from 'src/engine/core-modules/graphql/filters/graphql-exception.filter';
import {
  createMaxRootFieldsRule,
  MAX_ROOT_FIELDS_PER_OPERATION,
} from 'src/engine/core-modules/graphql/utils/create-max-root-fields-rule.util';

@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [EnvironmentService],
      useFactory: (environmentService: EnvironmentService) => ({
        path: '/graphql',
        autoSchemaFile: true,
        sortSchema: true,
        playground: false,
        // The schema is described to anyone only outside production: nothing of ours reads it.
        introspection: environmentService.get('NODE_ENV') !== 'production',
        includeStacktraceInErrorResponses: false,
        validationRules: [createMaxRootFieldsRule(MAX_ROOT_FIELDS_PER_OPERATION)],
        resolvers: { JSON: GraphQLJSON },
        context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
      }),
    }),
  ],
  providers: [{ provide: APP_FILTER, useClass: GraphQLExceptionFilter }],
})
export class GraphQLConfigModule {}
