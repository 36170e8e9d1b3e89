import { Module } from '@nestjs/common';

import { RecordApiModule } from 'src/engine/api/graphql/record-api.module';
import { AuthModule } from 'src/engine/core-modules/auth/auth.module';
import { CoreEngineModule } from 'src/engine/core-modules/core-engine.module';
import { GraphQLConfigModule } from 'src/engine/core-modules/graphql/graphql-config.module';
import { HealthModule } from 'src/engine/core-modules/health/health.module';
import { WhopModule } from 'src/modules/whop/whop.module';

@Module({
  imports: [
    CoreEngineModule,
    AuthModule,
    GraphQLConfigModule,
    RecordApiModule,
    HealthModule,
    WhopModule,
  ],
})
export class AppModule {}
