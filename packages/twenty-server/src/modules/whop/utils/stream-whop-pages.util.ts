import { type WhopListPage } from 'src/modules/whop/services/whop-api-client';

export type StreamWhopPagesOptions<T, R> = {
  fetchPage: (after: string | null) => Promise<WhopListPage<T>>;
  startCursor: string | null;
  // Writes one page; up to `concurrency` pages are written at once.
  applyPage: (items: T[]) => Promise<R>;
  // Called once per page, strictly in page order, after that page and all before it are written:
  // the place to checkpoint `endCursor`, so a resumed run never skips a page.
  commitPage: (items: T[], result: R, endCursor: string | null) => Promise<void>;
  concurrency?: number;
};

const ignore = () => undefined;

// Walks a Whop listing from `startCursor`, fetching the next page while earlier ones are written.
export const streamWhopPages = async <T, R>({
  fetchPage,
  startCursor,
  applyPage,
  commitPage,
  concurrency = 1,
}: StreamWhopPagesOptions<T, R>): Promise<void> => {
  const uncommitted = new Set<Promise<void>>();
  let commits: Promise<void> = Promise.resolve();
  let next: Promise<WhopListPage<T>> | null = fetchPage(startCursor);

  while (next) {
    const page: WhopListPage<T> = await next;

    next = page.hasNextPage ? fetchPage(page.endCursor) : null;
    next?.catch(ignore);
    const applied = applyPage(page.items);

    applied.catch(ignore);
    commits = commits.then(async () => commitPage(page.items, await applied, page.endCursor));
    const committed = commits;

    uncommitted.add(committed);
    committed.then(() => uncommitted.delete(committed), ignore);
    while (uncommitted.size >= concurrency) await Promise.race(uncommitted);
  }
  await commits;
};
