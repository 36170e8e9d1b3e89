import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';

import { GraphQLJSON } from 'src/engine/api/graphql/scalars/json.scalar';

@Module({
  imports: [
    GraphQLModule.forRoot<ApolloDriverConfig>({
      driver: ApolloDriver,
      path: '/graphql',
      autoSchemaFile: true,
      sortSchema: true,
      playground: false,
      introspection: true,
      includeStacktraceInErrorResponses: false,
      resolvers: { JSON: GraphQLJSON },
      context: ({ req }: { req: unknown }) => ({ req }),
    }),
  ],
})
export class GraphQLConfigModule {}
