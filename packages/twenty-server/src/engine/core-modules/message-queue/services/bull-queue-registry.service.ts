import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Queue } from 'bullmq';

import { EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import { type MessageQueueName } from 'src/engine/core-modules/message-queue/message-queue.constants';
import { createBullConnectionOptions } from 'src/engine/core-modules/message-queue/utils/create-bull-connection-options.util';

// Owns the BullMQ queue handles of one application instance and closes them with it.
@Injectable()
export class BullQueueRegistry implements OnModuleDestroy {
  private readonly logger = new Logger('MessageQueue');
  private readonly queues: Queue[] = [];

  constructor(private readonly environmentService: EnvironmentService) {}

  open(queueName: MessageQueueName): Queue {
    const queue = new Queue(queueName, {
      connection: createBullConnectionOptions(this.environmentService.get('REDIS_URL')),
    });

    queue.on('error', (error) => this.logger.warn(`${queueName}: ${error.message}`));
    this.queues.push(queue);

    return queue;
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.allSettled(this.queues.splice(0).map((queue) => queue.close()));
  }
}
