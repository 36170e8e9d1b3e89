import { type Job } from 'bullmq';

export type JobAttempt = {
  // The queue's id of the job (its attempts share it).
  jobId: string | null;
  // 1 for the first run of the job, 2 for its first retry, and so on.
  number: number;
  // Whether a failure of this run is final: no retry follows it.
  isLast: boolean;
};

export const getJobAttempt = (job: Pick<Job, 'id' | 'attemptsMade' | 'opts'>): JobAttempt => {
  const number = job.attemptsMade + 1;

  // A job added without retries has `attempts` 0 (BullMQ's default) or none: one attempt.
  return { jobId: job.id ?? null, number, isLast: number >= Math.max(job.opts.attempts ?? 0, 1) };
};
