import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { coreEntities } from 'src/database/typeorm/core/core-entities';
import { buildCoreDataSourceOptions } from 'src/database/typeorm/core/core.datasource';
import { EnvironmentModule } from 'src/engine/core-modules/environment/environment.module';
import { EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import { LoggerModule } from 'src/engine/core-modules/logger/logger.module';
import { MessageQueueModule } from 'src/engine/core-modules/message-queue/message-queue.module';
import { RedisClientModule } from 'src/engine/core-modules/redis-client/redis-client.module';
import { SecretEncryptionModule } from 'src/engine/core-modules/secret-encryption/secret-encryption.module';
import { TwentyOrmModule } from 'src/engine/twenty-orm/twenty-orm.module';

// What both the HTTP server and the queue worker need: configuration, logs, the core database,
// Redis, the queues, encryption and the workspace ORM.
@Global()
@Module({
  imports: [
    EnvironmentModule,
    LoggerModule,
    TypeOrmModule.forRootAsync({
      inject: [EnvironmentService],
      useFactory: (environmentService: EnvironmentService) =>
        buildCoreDataSourceOptions(environmentService.get('PG_DATABASE_URL')),
    }),
    TypeOrmModule.forFeature(coreEntities),
    RedisClientModule,
    MessageQueueModule.register(),
    SecretEncryptionModule,
    TwentyOrmModule,
  ],
  exports: [TypeOrmModule],
})
export class CoreEngineModule {}
