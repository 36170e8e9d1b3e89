import { streamWhopPages } from 'src/modules/whop/utils/stream-whop-pages.util';

const pages: Record<string, { items: number[]; endCursor: string | null; hasNextPage: boolean }> = {
  start: { items: [1, 2], endCursor: 'a', hasNextPage: true },
  a: { items: [3], endCursor: 'b', hasNextPage: true },
  b: { items: [], endCursor: 'c', hasNextPage: true },
  c: { items: [4, 5], endCursor: 'c', hasNextPage: false },
};

describe('streamWhopPages', () => {
  it('follows short and empty pages until Whop says there is no next page', async () => {
    const seen: number[] = [];
    const cursors: (string | null)[] = [];

    await streamWhopPages(
      async (after) => pages[after ?? 'start'],
      null,
      async (items, endCursor) => {
        seen.push(...items);
        cursors.push(endCursor);
      },
    );

    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(cursors).toEqual(['a', 'b', 'c', 'c']);
  });

  it('resumes after a checkpointed cursor', async () => {
    const seen: number[] = [];

    await streamWhopPages(async (after) => pages[after ?? 'start'], 'a', async (items) => {
      seen.push(...items);
    });

    expect(seen).toEqual([3, 4, 5]);
  });

  it('fetches the next page while the current one is written', async () => {
    const events: string[] = [];

    await streamWhopPages(
      async (after) => {
        events.push(`fetch ${after ?? 'start'}`);

        return pages[after ?? 'start'];
      },
      null,
      async (_items, endCursor) => {
        events.push(`write ${endCursor}`);
      },
    );

    expect(events.indexOf('fetch a')).toBeLessThan(events.indexOf('write a'));
  });

  it('stops and reports a failure to write without leaking the prefetch', async () => {
    await expect(
      streamWhopPages(async (after) => pages[after ?? 'start'], null, async () => {
        throw new Error('database down');
      }),
    ).rejects.toThrow('database down');
  });
});
