import { type Job } from 'bullmq';

export type JobAttempt = {
  // 1 for the first run of the job, 2 for its first retry, and so on.
  number: number;
  // Whether a failure of this run is final: no retry follows it.
  isLast: boolean;
};

export const getJobAttempt = (job: Pick<Job, 'attemptsMade' | 'opts'>): JobAttempt => {
  const number = job.attemptsMade + 1;

  return { number, isLast: number >= (job.opts.attempts ?? 1) };
};
