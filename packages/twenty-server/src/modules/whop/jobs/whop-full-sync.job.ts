import { type Job } from 'bullmq';

import { Process } from 'src/engine/core-modules/message-queue/decorators/process.decorator';
import { Processor } from 'src/engine/core-modules/message-queue/decorators/processor.decorator';
import { MessageQueue } from 'src/engine/core-modules/message-queue/message-queue.constants';
import { getJobAttempt } from 'src/engine/core-modules/message-queue/utils/get-job-attempt.util';
import { JobPostponedError } from 'src/engine/core-modules/message-queue/utils/job-postponed.error';
import { WhopSyncService } from 'src/modules/whop/services/whop-sync.service';

const WHOP_FULL_SYNC_LOCK_BUSY_RETRY_MS = 5_000;

export type WhopFullSyncJobData = {
  workspaceId: string;
  connectionId: string;
  // Queued to resume this run, whose own job the queue lost: that run only, or a full sync asked
  // for since.
  resumeRunId?: string;
};

@Processor(MessageQueue.whopQueue)
export class WhopFullSyncJob {
  constructor(private readonly syncService: WhopSyncService) {}

  @Process(WhopFullSyncJob.name)
  async handle(data: WhopFullSyncJobData, job: Job): Promise<void> {
    const ran = await this.syncService.run(
      data.connectionId,
      'full',
      getJobAttempt(job),
      data.resumeRunId,
    );

    if (!ran) {
      // Another sync of this connection holds the lock (a reconnect during the scheduled check), or
      // took it from this job's run: this one waits its turn without using up the retries it has
      // for Whop's failures.
      throw new JobPostponedError(
        'Another sync of this connection is running',
        WHOP_FULL_SYNC_LOCK_BUSY_RETRY_MS,
      );
    }
  }
}
