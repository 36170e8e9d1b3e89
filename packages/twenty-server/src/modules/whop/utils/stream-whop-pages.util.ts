import { type WhopListPage } from 'src/modules/whop/services/whop-api-client';

// Walks a Whop listing page by page from `startCursor`, fetching the next page while the current
// one is being written. `onPage` gets each page with the cursor to resume after it.
export const streamWhopPages = async <T>(
  fetchPage: (after: string | null) => Promise<WhopListPage<T>>,
  startCursor: string | null,
  onPage: (items: T[], endCursor: string | null) => Promise<void>,
): Promise<void> => {
  let pending: Promise<WhopListPage<T>> | null = fetchPage(startCursor);

  while (pending) {
    const page: WhopListPage<T> = await pending;

    pending = page.hasNextPage ? fetchPage(page.endCursor) : null;
    pending?.catch(() => undefined);
    await onPage(page.items, page.endCursor);
  }
};
