import { type DynamicModule, Global, Logger, Module, type OnModuleDestroy } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Queue } from 'bullmq';

import { EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import {
  getQueueToken,
  MessageQueue,
} from 'src/engine/core-modules/message-queue/message-queue.constants';
import { MessageQueueService } from 'src/engine/core-modules/message-queue/services/message-queue.service';
import { QueueWorkerService } from 'src/engine/core-modules/message-queue/services/queue-worker.service';
import { createBullConnectionOptions } from 'src/engine/core-modules/message-queue/utils/create-bull-connection-options.util';

const openQueues: Queue[] = [];
const queueLogger = new Logger('MessageQueue');

@Global()
@Module({})
export class MessageQueueModule implements OnModuleDestroy {
  static register(): DynamicModule {
    const queueProviders = Object.values(MessageQueue).map((queueName) => ({
      provide: getQueueToken(queueName),
      inject: [EnvironmentService],
      useFactory: (environmentService: EnvironmentService) => {
        const queue = new Queue(queueName, {
          connection: createBullConnectionOptions(environmentService.get('REDIS_URL')),
        });

        queue.on('error', (error) => queueLogger.warn(`${queueName}: ${error.message}`));
        openQueues.push(queue);

        return new MessageQueueService(queue);
      },
    }));

    return {
      module: MessageQueueModule,
      imports: [DiscoveryModule],
      providers: [...queueProviders, QueueWorkerService],
      exports: [...queueProviders.map((provider) => provider.provide), QueueWorkerService],
    };
  }

  async onModuleDestroy(): Promise<void> {
    const queues = openQueues.splice(0);

    await Promise.all(queues.map((queue) => queue.close()));
  }
}
