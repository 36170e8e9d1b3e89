import { Injectable } from '@nestjs/common';

import { QueueWorkerHeartbeatJob } from 'src/engine/core-modules/health/jobs/queue-worker-heartbeat.job';
import { InjectMessageQueue } from 'src/engine/core-modules/message-queue/decorators/inject-message-queue.decorator';
import { MessageQueue } from 'src/engine/core-modules/message-queue/message-queue.constants';
import { type MessageQueueService } from 'src/engine/core-modules/message-queue/services/message-queue.service';
import { type ScheduledJobsOwner } from 'src/engine/core-modules/message-queue/services/scheduled-jobs-keeper.service';

export const QUEUE_WORKER_HEARTBEAT_CRON_PATTERN = '*/30 * * * * *';

@Injectable()
export class QueueWorkerHeartbeatCron implements ScheduledJobsOwner {
  readonly scheduledJobsName = 'the queue worker heartbeat';

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

  async restoreScheduledJobs(): Promise<number> {
    if (await this.messageQueueService.hasCron({ jobName: QueueWorkerHeartbeatJob.name })) return 0;
    await this.register();

    return 1;
  }
}
