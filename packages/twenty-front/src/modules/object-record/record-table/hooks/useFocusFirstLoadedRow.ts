import { useEffect, useRef } from 'react';

// Load more, for keyboard users: once the rows it asked for show, the first of them takes the
// focus (its first link or button, else the row), so the focus neither drops to the top of the
// page when the button goes with the last page nor leaves the reader to find where the new rows
// begin. Not when the focus went elsewhere meanwhile, nor when Load more failed: rows a refresh
// brings later are not what the reader asked for.
export const useFocusFirstLoadedRow = (
  rowCount: number,
  { onLoadMore, failed }: { onLoadMore: () => void; failed: boolean },
) => {
  const containerRef = useRef<HTMLDivElement>(null);
  const firstLoadedRowIndexRef = useRef<number | null>(null);

  useEffect(() => {
    if (failed) firstLoadedRowIndexRef.current = null;
  }, [failed]);

  useEffect(() => {
    const index = firstLoadedRowIndexRef.current;
    const container = containerRef.current;

    if (index === null || rowCount <= index || container === null) return;
    firstLoadedRowIndexRef.current = null;
    const focused = document.activeElement;

    if (focused !== null && focused !== document.body && !container.contains(focused)) return;
    const row = container.querySelectorAll<HTMLElement>('tbody tr')[index];
    const control = row?.querySelector<HTMLElement>('a[href], button');

    if (control) {
      control.focus();
    } else if (row) {
      // A row of plain text: the row itself, focusable by script only.
      row.tabIndex = -1;
      row.focus();
    }
  }, [rowCount]);

  const loadMore = () => {
    firstLoadedRowIndexRef.current = rowCount;
    onLoadMore();
  };

  return { containerRef, loadMore };
};
