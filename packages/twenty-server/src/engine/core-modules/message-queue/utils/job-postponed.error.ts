// Thrown by a job handler that cannot run yet (what it needs is busy): the worker puts the job back
// as delayed for `delayMs`, without counting a failed attempt, so waiting does not use up its
// retries.
export class JobPostponedError extends Error {
  constructor(
    message: string,
    readonly delayMs: number,
  ) {
    super(message);
    this.name = 'JobPostponedError';
  }
}
