import { streamWhopPages } from 'src/modules/whop/utils/stream-whop-pages.util';

const pages: Record<string, { items: number[]; endCursor: string | null; hasNextPage: boolean }> = {
  start: { items: [1, 2], endCursor: 'a', hasNextPage: true },
  a: { items: [3], endCursor: 'b', hasNextPage: true },
  b: { items: [], endCursor: 'c', hasNextPage: true },
  c: { items: [4, 5], endCursor: 'c', hasNextPage: false },
};
const fetchPage = async (after: string | null) => pages[after ?? 'start'];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('streamWhopPages', () => {
  it('follows short and empty pages until Whop says there is no next page', async () => {
    const seen: number[] = [];
    const cursors: (string | null)[] = [];

    await streamWhopPages({
      fetchPage,
      startCursor: null,
      applyPage: async (items) => seen.push(...items),
      commitPage: async (_items, _result, endCursor) => {
        cursors.push(endCursor);
      },
    });

    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(cursors).toEqual(['a', 'b', 'c', 'c']);
  });

  it('resumes after a checkpointed cursor', async () => {
    const seen: number[] = [];

    await streamWhopPages({
      fetchPage,
      startCursor: 'a',
      applyPage: async (items) => seen.push(...items),
      commitPage: async () => undefined,
    });

    expect(seen).toEqual([3, 4, 5]);
  });

  it('writes pages concurrently but commits them strictly in order', async () => {
    const delays: Record<string, number> = { '1,2': 30, '3': 5, '': 15, '4,5': 1 };
    let running = 0;
    let maxRunning = 0;
    const committed: (string | null)[] = [];

    await streamWhopPages({
      fetchPage,
      startCursor: null,
      applyPage: async (items) => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        await sleep(delays[items.join(',')]);
        running--;

        return items.length;
      },
      commitPage: async (_items, _count, endCursor) => {
        committed.push(endCursor);
      },
      concurrency: 3,
    });

    expect(maxRunning).toBe(3);
    expect(committed).toEqual(['a', 'b', 'c', 'c']);
  });

  it('never commits past a page that failed to write', async () => {
    const committed: (string | null)[] = [];

    await expect(
      streamWhopPages({
        fetchPage,
        startCursor: null,
        applyPage: async (items) => {
          if (items.includes(3)) throw new Error('database down');
        },
        commitPage: async (_items, _result, endCursor) => {
          committed.push(endCursor);
        },
        concurrency: 2,
      }),
    ).rejects.toThrow('database down');
    expect(committed).toEqual(['a']);
  });

  it('fetches the next page while the current one is written', async () => {
    const events: string[] = [];

    await streamWhopPages({
      fetchPage: async (after) => {
        events.push(`fetch ${after ?? 'start'}`);

        return pages[after ?? 'start'];
      },
      startCursor: null,
      applyPage: async (items) => events.push(`write ${items.join(',')}`),
      commitPage: async () => undefined,
    });

    expect(events.indexOf('fetch a')).toBeLessThan(events.indexOf('write 1,2'));
  });
});
