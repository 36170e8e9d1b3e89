import { WhopSyncIssues } from 'src/modules/whop/services/whop-sync-issues';
import { streamWhopRecordPages } from 'src/modules/whop/utils/stream-whop-record-pages.util';

type Item = { id: string };

const pages: Record<string, { items: Item[]; endCursor: string | null; hasNextPage: boolean }> = {
  start: { items: [{ id: 'mber_1' }], endCursor: 'a', hasNextPage: true },
  a: { items: [{ id: 'mber_2' }, { id: 'mber_3' }], endCursor: 'b', hasNextPage: false },
};
const WRITTEN = { created: 1, updated: 0, unchanged: 0 };
const NUL_REFUSED = Object.assign(new Error('invalid byte sequence'), { code: '22021' });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('streamWhopRecordPages', () => {
  it("makes a page's issues the run's as it is checkpointed, not as a later page commits first", async () => {
    const issues = new WhopSyncIssues();
    const issuesAtCheckpoint: string[][] = [];

    await streamWhopRecordPages<Item>({
      issues,
      fetchPage: async (after) => pages[after ?? 'start'],
      startCursor: null,
      concurrency: 2,
      readAhead: 2,
      // The first page is the slower to write: the second commits before it.
      applyPage: async (items, pageIssues) => {
        if (items[0].id === 'mber_1') await sleep(30);
        items.forEach(({ id }) => pageIssues.addWarning(id, 'Two people have this email.'));

        return WRITTEN;
      },
      onSetAside: () => undefined,
      commitPage: async () => {
        issuesAtCheckpoint.push(issues.list().map(({ whopId }) => whopId ?? ''));
      },
    });

    expect(issuesAtCheckpoint).toEqual([['mber_1'], ['mber_1', 'mber_2', 'mber_3']]);
  });

  it('sets aside a record PostgreSQL refuses as an error of its page, and writes the rest', async () => {
    const issues = new WhopSyncIssues();
    const setAside: string[] = [];
    const results: unknown[] = [];

    await streamWhopRecordPages<Item>({
      issues,
      fetchPage: async (after) => pages[after ?? 'start'],
      startCursor: 'a',
      applyPage: async (items) => {
        if (items.some(({ id }) => id === 'mber_3')) throw NUL_REFUSED;

        return { created: items.length, updated: 0, unchanged: 0 };
      },
      onSetAside: (item) => setAside.push(item.id),
      commitPage: async (_items, result) => {
        results.push(result);
      },
    });

    expect(setAside).toEqual(['mber_3']);
    expect(results).toEqual([{ created: 1, updated: 0, unchanged: 0 }]);
    expect(issues.list()).toEqual([
      {
        level: 'error',
        whopId: 'mber_3',
        message:
          'Not saved: the database cannot store a character in it (such as a NUL character).',
      },
    ]);
  });

  it('leaves out the issues of a page that failed, which the resumed run writes again', async () => {
    const issues = new WhopSyncIssues();

    await expect(
      streamWhopRecordPages<Item>({
        issues,
        fetchPage: async (after) => pages[after ?? 'start'],
        startCursor: null,
        applyPage: async (items, pageIssues) => {
          pageIssues.addWarning(items[0].id, 'Two people have this email.');
          if (items[0].id === 'mber_2') throw new Error('connection terminated');

          return WRITTEN;
        },
        onSetAside: () => undefined,
        commitPage: async () => undefined,
      }),
    ).rejects.toThrow('connection terminated');
    expect(issues.list().map(({ whopId }) => whopId)).toEqual(['mber_1']);
  });
});
