import { type WhopListPage } from 'src/modules/whop/services/whop-api-client';

export type StreamWhopPagesOptions<T, R> = {
  fetchPage: (after: string | null) => Promise<WhopListPage<T>>;
  startCursor: string | null;
  // Writes one page; up to `concurrency` pages are written at once.
  applyPage: (items: T[]) => Promise<R>;
  // Called once per page, strictly in page order, after that page and all before it are written:
  // the place to checkpoint `endCursor` (where to resume after this page), so a resumed run never
  // skips a page nor reads the listing again from its start.
  commitPage: (items: T[], result: R, endCursor: string | null) => Promise<void>;
  concurrency?: number;
  // Pages fetched ahead of the one being handed to `applyPage`, one request at a time (each needs
  // the cursor of the one before), so writing never waits for Whop while the reads keep up.
  readAhead?: number;
};

const ignore = () => undefined;

type FetchedPage<T> = WhopListPage<T> & {
  // Where a resumed run starts to read what follows this page: its end cursor, else (an empty
  // page ending the listing carries none) the cursor it was read after.
  resumeCursor: string | null;
};

// Walks a Whop listing from `startCursor`, fetching the next pages while earlier ones are written.
export const streamWhopPages = async <T, R>({
  fetchPage,
  startCursor,
  applyPage,
  commitPage,
  concurrency = 1,
  readAhead = 1,
}: StreamWhopPagesOptions<T, R>): Promise<void> => {
  const uncommitted = new Set<Promise<void>>();
  let commits: Promise<void> = Promise.resolve();
  const fetchAfter = async (after: string | null): Promise<FetchedPage<T>> => {
    const page = await fetchPage(after);

    return { ...page, resumeCursor: page.endCursor ?? after };
  };
  let lastFetch: Promise<FetchedPage<T> | null> = fetchAfter(startCursor);
  const fetchedAhead = [lastFetch];
  const fetchOneMore = () => {
    lastFetch = lastFetch.then((page) => (page?.hasNextPage ? fetchAfter(page.endCursor) : null));
    lastFetch.catch(ignore);
    fetchedAhead.push(lastFetch);
  };

  lastFetch.catch(ignore);
  while (fetchedAhead.length < readAhead) fetchOneMore();

  // The page writes not yet finished: a failed walk lets them end before it reports.
  const writing = new Set<Promise<R>>();

  try {
    for (let page = await fetchedAhead.shift(); page; page = await fetchedAhead.shift()) {
      const { items, resumeCursor } = page;

      fetchOneMore();
      const applied = applyPage(items);

      writing.add(applied);
      applied.then(
        () => writing.delete(applied),
        () => writing.delete(applied),
      );
      commits = commits.then(async () => commitPage(items, await applied, resumeCursor));
      const committed = commits;

      uncommitted.add(committed);
      committed.then(() => uncommitted.delete(committed), ignore);
      while (uncommitted.size >= concurrency) await Promise.race(uncommitted);
    }
    await commits;
  } catch (error) {
    // Every page write and checkpoint started ends before the walk reports its failure: nothing of
    // it still runs once the caller handles it (and releases the sync for a retry).
    await Promise.allSettled([...writing]);
    await commits.catch(ignore);
    throw error;
  }
};
