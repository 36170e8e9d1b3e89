import { type JobsOptions, type Queue } from 'bullmq';

export type QueueJobOptions = {
  id?: string;
  delay?: number;
  priority?: number;
  retryLimit?: number;
};

export type QueueCronJobOptions = {
  repeat: { pattern: string };
};

// The queue seam the modules talk to (Twenty's MessageQueueService), backed by BullMQ.
export class MessageQueueService {
  constructor(private readonly queue: Queue) {}

  async add<T extends object>(jobName: string, data: T, options: QueueJobOptions = {}) {
    const jobOptions: JobsOptions = {
      jobId: options.id,
      delay: options.delay,
      priority: options.priority,
      attempts: (options.retryLimit ?? 0) + 1,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: { count: 1000 },
      removeOnFail: { count: 5000 },
    };

    await this.queue.add(jobName, data, jobOptions);
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
      { name: jobName, data, opts: { removeOnComplete: { count: 100 }, removeOnFail: { count: 500 } } },
    );
  }

  async removeCron({ jobName, jobId }: { jobName: string; jobId?: string }) {
    await this.queue.removeJobScheduler(this.getSchedulerId(jobName, jobId));
  }

  async listCronIds(): Promise<string[]> {
    const schedulers = await this.queue.getJobSchedulers();

    return schedulers.map((scheduler) => scheduler.key);
  }

  async removeJob(jobId: string): Promise<void> {
    await this.queue.remove(jobId);
  }

  getQueueName(): string {
    return this.queue.name;
  }

  private getSchedulerId(jobName: string, jobId?: string) {
    return jobId ? `${jobName}.${jobId}` : jobName;
  }
}
