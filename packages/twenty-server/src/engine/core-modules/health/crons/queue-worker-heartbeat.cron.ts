import { Injectable } from '@nestjs/common';

import { QueueWorkerHeartbeatJob } from 'src/engine/core-modules/health/jobs/queue-worker-heartbeat.job';
import { InjectMessageQueue } from 'src/engine/core-modules/message-queue/decorators/inject-message-queue.decorator';
import { MessageQueue } from 'src/engine/core-modules/message-queue/message-queue.constants';
import { type MessageQueueService } from 'src/engine/core-modules/message-queue/services/message-queue.service';

export const QUEUE_WORKER_HEARTBEAT_CRON_PATTERN = '*/30 * * * * *';

@Injectable()
export class QueueWorkerHeartbeatCron {
  constructor(
    @InjectMessageQueue(MessageQueue.cronQueue)
    private readonly messageQueueService: MessageQueueService,
  ) {}

  async register(): Promise<void> {
    await this.messageQueueService.addCron({
      jobName: QueueWorkerHeartbeatJob.name,
      data: {},
      options: { repeat: { pattern: QUEUE_WORKER_HEARTBEAT_CRON_PATTERN } },
    });
  }
}
