import { Backoffs, type Job, type JobsOptions } from 'bullmq';

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

// The delay BullMQ's own backoff gives the next attempt (its built-in strategies; a custom one is
// not known here: 0).
const getRetryDelayMs = (backoff: JobsOptions['backoff'], attemptNumber: number): number => {
  const options = backoff === undefined ? undefined : Backoffs.normalize(backoff);
  const strategy = options && Backoffs.builtinStrategies[options.type];
  const delay = strategy?.(options?.delay ?? 0, options?.jitter)(attemptNumber);

  return typeof delay === 'number' ? delay : 0;
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
