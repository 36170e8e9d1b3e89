import { type DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';

import {
  getQueueToken,
  MessageQueue,
} from 'src/engine/core-modules/message-queue/message-queue.constants';
import { BullQueueRegistry } from 'src/engine/core-modules/message-queue/services/bull-queue-registry.service';
import { MessageQueueService } from 'src/engine/core-modules/message-queue/services/message-queue.service';
import { QueueWorkerService } from 'src/engine/core-modules/message-queue/services/queue-worker.service';
import { ScheduledJobsKeeper } from 'src/engine/core-modules/message-queue/services/scheduled-jobs-keeper.service';
import { WorkerStopSignal } from 'src/engine/core-modules/message-queue/services/worker-stop-signal.service';

@Global()
@Module({})
export class MessageQueueModule {
  static register(): DynamicModule {
    const queueProviders = Object.values(MessageQueue).map((queueName) => ({
      provide: getQueueToken(queueName),
      inject: [BullQueueRegistry],
      useFactory: (registry: BullQueueRegistry) =>
        new MessageQueueService(registry.open(queueName)),
    }));

    return {
      module: MessageQueueModule,
      imports: [DiscoveryModule],
      providers: [
        BullQueueRegistry,
        ...queueProviders,
        QueueWorkerService,
        ScheduledJobsKeeper,
        WorkerStopSignal,
      ],
      exports: [
        ...queueProviders.map((provider) => provider.provide),
        QueueWorkerService,
        ScheduledJobsKeeper,
        WorkerStopSignal,
      ],
    };
  }
}
