import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';

import { EnvironmentService } from 'src/engine/core-modules/environment/environment.service';
import { type MessageQueueName } from 'src/engine/core-modules/message-queue/message-queue.constants';
import { createBullConnectionOptions } from 'src/engine/core-modules/message-queue/utils/create-bull-connection-options.util';

// How long a closing queue waits for its connection to finish opening.
const OPENING_WAIT_BEFORE_CLOSE_MS = 2_000;

// A queue closed while its connection still opens makes BullMQ (5.81) report the cut-off opening
// as an 'error' after it has dropped every listener, which ends the process: a short-lived command,
// such as the demo seed run by `npm start`, closes its application at once. The opening is let
// finish first, for a moment at most (Redis out of reach: the queue is closed anyway).
const closeOnceOpened = async (queue: Queue): Promise<void> => {
  let timeout: NodeJS.Timeout | undefined;

  await Promise.race([
    queue.waitUntilReady().catch(() => undefined),
    new Promise((resolve) => {
      timeout = setTimeout(resolve, OPENING_WAIT_BEFORE_CLOSE_MS);
    }),
  ]);
  clearTimeout(timeout);
  // A queue whose Redis is out of reach cannot close its connection politely (its QUIT fails at
  // once, as any producer command then does): the connection is cut instead, or it would go on
  // reconnecting for as long as the process lives. That promise may never settle: not awaited.
  await queue.close().catch(() => {
    queue.disconnect().catch(() => undefined);
  });
};

// Owns the BullMQ queue handles of one application instance and closes them with it.
@Injectable()
export class BullQueueRegistry implements OnApplicationShutdown {
  private readonly logger = new Logger('MessageQueue');
  private readonly queues: Queue[] = [];

  constructor(private readonly environmentService: EnvironmentService) {}

  open(queueName: MessageQueueName): Queue {
    const queue = new Queue(queueName, {
      connection: createBullConnectionOptions(this.environmentService.get('REDIS_URL'), 'producer'),
    });

    queue.on('error', (error) => this.logger.warn(`${queueName}: ${error.message}`));
    this.queues.push(queue);

    return queue;
  }

  // Closed once every module stopped: running jobs, drained first, may still queue jobs.
  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.queues.splice(0).map(closeOnceOpened));
  }
}
