// Runs `handle` over `items` cut into batches of `batchSize`, at most `concurrency` batches at once
// (each batch is its own transaction: a batch waiting on PostgreSQL leaves the CPU to another).
// Resolves once every batch is done; the first failure rejects it, and no further batch starts.
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

  await Promise.all(Array.from({ length: concurrency }, runLane));
};
