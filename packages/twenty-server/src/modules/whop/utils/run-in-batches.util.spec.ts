import { runInBatches } from 'src/modules/whop/utils/run-in-batches.util';

const range = (count: number) => Array.from({ length: count }, (_, index) => index);
const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('runInBatches', () => {
  it('hands every item over once, in batches of the given size', async () => {
    const batches: number[][] = [];

    await runInBatches(range(7), { batchSize: 3, concurrency: 2 }, async (batch) => {
      await tick();
      batches.push(batch);
    });

    expect(batches.flat().sort((a, b) => a - b)).toEqual(range(7));
    expect(batches.map((batch) => batch.length).sort()).toEqual([1, 3, 3]);
  });

  it('never runs more batches at once than allowed', async () => {
    let running = 0;
    let mostAtOnce = 0;

    await runInBatches(range(20), { batchSize: 2, concurrency: 3 }, async () => {
      running++;
      mostAtOnce = Math.max(mostAtOnce, running);
      await tick();
      running--;
    });

    expect(mostAtOnce).toBe(3);
  });

  it('does nothing for no items', async () => {
    const handle = jest.fn();

    await runInBatches([], { batchSize: 5, concurrency: 2 }, handle);
    expect(handle).not.toHaveBeenCalled();
  });

  it('rejects with the first failure and starts no further batch', async () => {
    const started: number[] = [];

    await expect(
      runInBatches(range(10), { batchSize: 1, concurrency: 2 }, async ([item]) => {
        started.push(item);
        await tick();
        if (item === 1) throw new Error('batch 1 failed');
      }),
    ).rejects.toThrow('batch 1 failed');
    expect(started).toEqual([0, 1, 2]);
  });

  it('rejects only once the batches already running have ended', async () => {
    const ended: number[] = [];

    await expect(
      runInBatches(range(2), { batchSize: 1, concurrency: 2 }, async ([item]) => {
        if (item === 0) throw new Error('batch 0 failed');
        await tick();
        await tick();
        ended.push(item);
      }),
    ).rejects.toThrow('batch 0 failed');
    expect(ended).toEqual([1]);
  });
});
