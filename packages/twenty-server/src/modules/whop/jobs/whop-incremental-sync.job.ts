import { type Job } from 'bullmq';

import { Process } from 'src/engine/core-modules/message-queue/decorators/process.decorator';
import { Processor } from 'src/engine/core-modules/message-queue/decorators/processor.decorator';
import { MessageQueue } from 'src/engine/core-modules/message-queue/message-queue.constants';
import { getJobAttempt } from 'src/engine/core-modules/message-queue/utils/get-job-attempt.util';
import { WhopSyncService } from 'src/modules/whop/services/whop-sync.service';

export type WhopIncrementalSyncJobData = { workspaceId: string; connectionId: string };

// The reconcile: re-reads memberships, members, products and plans, and payments updated since
// the last run, catching whatever a webhook missed. Skipped while another sync runs.
@Processor(MessageQueue.whopQueue)
export class WhopIncrementalSyncJob {
  constructor(private readonly syncService: WhopSyncService) {}

  @Process(WhopIncrementalSyncJob.name)
  async handle(data: WhopIncrementalSyncJobData, job: Job): Promise<void> {
    await this.syncService.run(data.connectionId, 'incremental', getJobAttempt(job));
  }
}
