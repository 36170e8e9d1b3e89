import { Module } from '@nestjs/common';

import { AuthModule } from 'src/engine/core-modules/auth/auth.module';
import { CoreEngineModule } from 'src/engine/core-modules/core-engine.module';
import { HealthModule } from 'src/engine/core-modules/health/health.module';
import { WhopModule } from 'src/modules/whop/whop.module';

// The worker process: the same engine, every module that owns jobs, no HTTP or GraphQL.
@Module({
  imports: [CoreEngineModule, AuthModule, HealthModule, WhopModule],
})
export class QueueWorkerModule {}
