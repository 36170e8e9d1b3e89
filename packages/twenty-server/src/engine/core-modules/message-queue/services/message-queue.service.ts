import { type JobsOptions, type Queue } from 'bullmq';
import { isDefined } from 'twenty-shared';

export type QueueJobOptions = {
  id?: string;
  // While a job with this id is waiting or running, adding another one with it does nothing.
  deduplicationId?: string;
  delay?: number;
  priority?: number;
  retryLimit?: number;
};

export type QueueCronJobOptions = {
  repeat: { pattern: string };
  // Retries of each run that fails, with the same backoff as one-off jobs.
  retryLimit?: number;
};

export type QueueJobStatus = 'pending' | 'ended' | 'missing';

const PENDING_JOB_STATES = new Set<string>([
  'waiting',
  'delayed',
  'prioritized',
  'active',
  'waiting-children',
]);

const CRON_JOB_ID_SEPARATOR = '.';

// A failed job is retried after 1 s, 2 s, 4 s…
const RETRY_BACKOFF: JobsOptions['backoff'] = { type: 'exponential', delay: 1000 };

// The queue seam the modules talk to (Twenty's MessageQueueService), backed by BullMQ.
export class MessageQueueService {
  constructor(private readonly queue: Queue) {}

  // Returns the id of the job the queue holds: the one added, or the one already waiting or
  // running under the same deduplication id.
  async add<T extends object>(
    jobName: string,
    data: T,
    options: QueueJobOptions = {},
  ): Promise<string> {
    const jobOptions: JobsOptions = {
      jobId: options.id,
      deduplication: options.deduplicationId ? { id: options.deduplicationId } : undefined,
      delay: options.delay,
      priority: options.priority,
      attempts: (options.retryLimit ?? 0) + 1,
      backoff: RETRY_BACKOFF,
      removeOnComplete: { count: 1000 },
      removeOnFail: { count: 5000 },
    };

    const job = await this.queue.add(jobName, data, jobOptions);

    return job.id!;
  }

  // A repeatable job, registered once per (jobName, jobId) however often it is added: BullMQ's
  // job scheduler upserts by id.
  async addCron<T extends object>({
    jobName,
    data,
    options,
    jobId,
  }: {
    jobName: string;
    data: T;
    options: QueueCronJobOptions;
    jobId?: string;
  }) {
    await this.queue.upsertJobScheduler(
      this.getSchedulerId(jobName, jobId),
      { pattern: options.repeat.pattern },
      {
        name: jobName,
        data,
        opts: {
          attempts: (options.retryLimit ?? 0) + 1,
          backoff: RETRY_BACKOFF,
          removeOnComplete: { count: 100 },
          removeOnFail: { count: 500 },
        },
      },
    );
  }

  async removeCron({ jobName, jobId }: { jobName: string; jobId?: string }) {
    await this.queue.removeJobScheduler(this.getSchedulerId(jobName, jobId));
  }

  // When the queue runs a repeatable job next, or null when it is not scheduled. A time already
  // past means no worker has taken the job yet.
  async getCronNextRunAt({ jobName, jobId }: { jobName: string; jobId?: string }) {
    const next = (await this.queue.getJobScheduler(this.getSchedulerId(jobName, jobId)))?.next;

    return next === undefined || next === null ? null : new Date(next);
  }

  // A scheduler removed while BullMQ lists them (it reads each after listing their ids) comes
  // back undefined: it is not registered any more.
  async listCronIds(): Promise<string[]> {
    const schedulers = await this.queue.getJobSchedulers();

    return schedulers.filter(isDefined).map((scheduler) => scheduler.key);
  }

  async hasCron({ jobName, jobId }: { jobName: string; jobId?: string }): Promise<boolean> {
    return (await this.listCronIds()).includes(this.getSchedulerId(jobName, jobId));
  }

  // The job ids of a repeatable job registered once per id (addCron with a jobId).
  async listCronJobIds(jobName: string): Promise<string[]> {
    const prefix = `${jobName}${CRON_JOB_ID_SEPARATOR}`;

    return (await this.listCronIds())
      .filter((id) => id.startsWith(prefix))
      .map((id) => id.slice(prefix.length));
  }

  // Where a job is: still to run or running (waiting, delayed before a retry, or active), ended
  // (completed or failed for good, and still listed), or missing (removed, lost with a Redis that
  // keeps nothing on disk, or ended long enough ago to be dropped: each job that ends trims the
  // queue's ended jobs to its own limits).
  async getJobStatus(jobId: string): Promise<QueueJobStatus> {
    const state = await this.queue.getJobState(jobId);

    if (state === 'unknown') return 'missing';

    return PENDING_JOB_STATES.has(state) ? 'pending' : 'ended';
  }

  // Whether a job added with this deduplication id is still waiting, delayed or running.
  async hasDeduplicatedJob(deduplicationId: string): Promise<boolean> {
    return (await this.queue.getDeduplicationJobId(deduplicationId)) !== null;
  }

  // Drops the waiting or delayed jobs matching a predicate on their name and data (running ones
  // finish). Returns how many it dropped: a repeatable job's next run stays (removeCron drops it).
  async removePendingJobs(
    matches: (job: { name: string; data: unknown }) => boolean,
  ): Promise<number> {
    const jobs = await this.queue.getJobs(['waiting', 'delayed', 'prioritized', 'paused']);
    const removed = await Promise.all(
      jobs
        .filter((job) => matches({ name: job.name, data: job.data }))
        .map((job) =>
          job.remove().then(
            () => true,
            () => false,
          ),
        ),
    );

    return removed.filter(Boolean).length;
  }

  private getSchedulerId(jobName: string, jobId?: string) {
    return jobId ? `${jobName}${CRON_JOB_ID_SEPARATOR}${jobId}` : jobName;
  }
}
