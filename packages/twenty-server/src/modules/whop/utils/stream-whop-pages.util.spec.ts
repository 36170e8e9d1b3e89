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

  it('keeps the position when a page carries no cursor (the listing ended there)', async () => {
    const endedAt: Record<
      string,
      { items: number[]; endCursor: string | null; hasNextPage: boolean }
    > = {
      start: { items: [1, 2], endCursor: 'a', hasNextPage: true },
      a: { items: [], endCursor: null, hasNextPage: false },
    };
    const cursors: (string | null)[] = [];

    await streamWhopPages({
      fetchPage: async (after) => endedAt[after ?? 'start'],
      startCursor: 'a',
      applyPage: async () => undefined,
      commitPage: async (_items, _result, endCursor) => {
        cursors.push(endCursor);
      },
    });

    expect(cursors).toEqual(['a']);
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

  it('finishes the pages being written before reporting a failed read', async () => {
    const committed: (string | null)[] = [];

    await expect(
      streamWhopPages({
        fetchPage: async (after) => {
          if (after === 'a') throw new Error('Whop answered 500');

          return pages.start;
        },
        startCursor: null,
        applyPage: () => sleep(30),
        commitPage: async (_items, _result, endCursor) => {
          committed.push(endCursor);
        },
        concurrency: 3,
      }),
    ).rejects.toThrow('Whop answered 500');
    expect(committed).toEqual(['a']);
  });

  it('lets the other pages being written end before reporting a failed write', async () => {
    let slowWriteEnded = false;

    await expect(
      streamWhopPages({
        fetchPage,
        startCursor: null,
        applyPage: async (items) => {
          if (items.includes(1)) throw new Error('deadlock');
          await sleep(30);
          slowWriteEnded = true;
        },
        commitPage: async () => undefined,
        concurrency: 3,
        readAhead: 3,
      }),
    ).rejects.toThrow('deadlock');
    expect(slowWriteEnded).toBe(true);
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
    let nextPageRequested: () => void = () => undefined;
    const nextPageIsRequested = new Promise<void>((resolve) => (nextPageRequested = resolve));

    await streamWhopPages({
      fetchPage: async (after) => {
        if (after === 'a') nextPageRequested();

        return pages[after ?? 'start'];
      },
      startCursor: null,
      // The first write finishes only once the next page was asked for: without the overlap, the
      // walk would never end.
      applyPage: async (items) => {
        if (items.includes(1)) await nextPageIsRequested;
      },
      commitPage: async () => undefined,
    });
  });

  it('reads up to `readAhead` pages ahead of a slow write, one request at a time', async () => {
    const fetched: (string | null)[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    let fetchedDuringFirstWrite: (string | null)[] = [];
    let pageBFetched: () => void = () => undefined;
    const pageBIsFetched = new Promise<void>((resolve) => (pageBFetched = resolve));

    await streamWhopPages({
      fetchPage: async (after) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await sleep(1);
        inFlight--;
        fetched.push(after);
        if (after === 'b') pageBFetched();

        return pages[after ?? 'start'];
      },
      startCursor: null,
      // The first write lasts until the two pages ahead are read, then a little more: time enough
      // to read a third, which it must not.
      applyPage: async (items) => {
        if (items.includes(1)) {
          await pageBIsFetched;
          await sleep(20);
          fetchedDuringFirstWrite = [...fetched];
        }
      },
      commitPage: async () => undefined,
      readAhead: 2,
    });

    expect(fetchedDuringFirstWrite).toEqual([null, 'a', 'b']);
    expect(fetched).toEqual([null, 'a', 'b', 'c']);
    expect(maxInFlight).toBe(1);
  });
});
