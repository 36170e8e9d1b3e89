// Runs `handle` over `items` cut into batches of `batchSize`, at most `concurrency` batches at once
// (each batch is its own transaction: a batch waiting on PostgreSQL leaves the CPU to another).
// Resolves once every batch is done. After a failure no further batch starts, and it rejects with
// that failure once the batches already running have ended too: nothing of the work is still
// writing when the caller handles the failure (and records why the work stopped).
export const runInBatches = async <T>(
  items: T[],
  { batchSize, concurrency }: { batchSize: number; concurrency: number },
  handle: (batch: T[]) => Promise<void>,
): Promise<void> => {
  let next = 0;
  let failed = false;
  const runLane = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const batch = items.slice(next, next + batchSize);

      next += batchSize;
      try {
        await handle(batch);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };

  const lanes = await Promise.allSettled(Array.from({ length: concurrency }, runLane));
  const failure = lanes.find((lane) => lane.status === 'rejected');

  if (failure) throw failure.reason;
};
