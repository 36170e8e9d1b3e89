import { type Job, type JobsOptions } from 'bullmq';

export type JobAttempt = {
  // The queue's id of the job (its attempts share it).
  jobId: string | null;
  // 1 for the first run of the job, 2 for its first retry, and so on.
  number: number;
  // Whether a failure of this run is final: no retry follows it.
  isLast: boolean;
  // How long the queue waits before the next attempt if this one fails; null when none follows.
  retryDelayMs: number | null;
};

// BullMQ's built-in backoffs, without jitter: fixed, or exponential (delay × 2^(attempt − 1)).
const getRetryDelayMs = (backoff: JobsOptions['backoff'], attemptNumber: number): number => {
  if (backoff === undefined) return 0;
  if (typeof backoff === 'number') return backoff;
  const delay = backoff.delay ?? 0;

  return backoff.type === 'exponential' ? Math.round(2 ** (attemptNumber - 1) * delay) : delay;
};

export const getJobAttempt = (job: Pick<Job, 'id' | 'attemptsMade' | 'opts'>): JobAttempt => {
  const number = job.attemptsMade + 1;
  // A job added without retries has `attempts` 0 (BullMQ's default) or none: one attempt.
  const isLast = number >= Math.max(job.opts.attempts ?? 0, 1);

  return {
    jobId: job.id ?? null,
    number,
    isLast,
    retryDelayMs: isLast ? null : getRetryDelayMs(job.opts.backoff, number),
  };
};
