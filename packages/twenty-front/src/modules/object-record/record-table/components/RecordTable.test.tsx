import { IconUser } from '@tabler/icons-react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';

import { RecordTable } from '@/object-record/record-table/components/RecordTable';
import { RecordTableEmptyState } from '@/object-record/record-table/components/RecordTableEmptyState';
import type { RecordTableColumnDefinition } from '@/object-record/record-table/types/RecordTableColumnDefinition';

type Fruit = { id: string; name: string; color: string };

const COLUMNS: RecordTableColumnDefinition<Fruit>[] = [
  {
    key: 'name',
    label: 'Name',
    Icon: IconUser,
    width: 200,
    renderCell: (fruit) => fruit.name,
  },
  {
    key: 'color',
    label: 'Color',
    Icon: IconUser,
    width: 120,
    renderCell: (fruit) => fruit.color,
  },
];

const FRUITS: Fruit[] = [
  { id: '1', name: 'Apple', color: 'Red' },
  { id: '2', name: 'Banana', color: 'Yellow' },
];

const renderRecordTable = (props: Partial<ComponentProps<typeof RecordTable<Fruit>>> = {}) =>
  render(
    <MemoryRouter>
      <RecordTable
        label="Fruits"
        columns={COLUMNS}
        records={FRUITS}
        loading={false}
        onRetry={vi.fn()}
        pagination={{
          hasNextPage: false,
          isFetchingMore: false,
          onLoadMore: vi.fn(),
        }}
        emptyState={
          <RecordTableEmptyState
            Icon={IconUser}
            title="No fruits yet"
            description="Plant a tree to grow fruits."
            actionLabel="Go to the orchard"
            actionTo="/orchard"
          />
        }
        {...props}
      />
    </MemoryRouter>,
  );

describe('RecordTable', () => {
  it('renders a header cell per column and a row per record', () => {
    renderRecordTable();

    const table = screen.getByRole('table', { name: 'Fruits' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);

    expect(headers).toEqual(['Name', 'Color']);
    const [, firstRow, secondRow] = within(table).getAllByRole('row');
    expect(within(firstRow).getByText('Apple')).toBeTruthy();
    expect(within(firstRow).getByText('Red')).toBeTruthy();
    expect(within(secondRow).getByText('Banana')).toBeTruthy();
  });

  it('renders skeleton rows while loading', () => {
    renderRecordTable({ loading: true, records: [] });

    const table = screen.getByRole('table', { name: 'Fruits' });
    expect(table.getAttribute('aria-busy')).toBe('true');
    expect(screen.queryByText('No fruits yet')).toBeNull();
  });

  it('renders the empty state with its link when there are no records', () => {
    renderRecordTable({ records: [] });

    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('No fruits yet')).toBeTruthy();
    expect(screen.getByText('Plant a tree to grow fruits.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the orchard' }).getAttribute('href')).toBe(
      '/orchard',
    );
  });

  it('renders the error with a Retry button that calls onRetry', () => {
    const onRetry = vi.fn();
    renderRecordTable({
      records: [],
      error: new Error('Server is down'),
      onRetry,
    });

    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain("Couldn't load fruits");
    expect(alert.textContent).toContain('Server is down');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('offers Load more only when there is a next page', () => {
    const onLoadMore = vi.fn();
    const { unmount } = renderRecordTable();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    unmount();

    renderRecordTable({
      pagination: { hasNextPage: true, isFetchingMore: false, onLoadMore },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(onLoadMore).toHaveBeenCalledTimes(1);
  });

  // A disabled button would drop the focus to the top of the page.
  it('keeps Load more focused, inert, while the next page is loading', () => {
    const onLoadMore = vi.fn();

    renderRecordTable({
      pagination: { hasNextPage: true, isFetchingMore: true, onLoadMore },
    });
    const button = screen.getByRole('button', { name: 'Loading…' });

    button.focus();
    fireEvent.click(button);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(button);
    expect(onLoadMore).not.toHaveBeenCalled();
  });

  it('moves the focus to the first row Load more brought, also when it was the last page', () => {
    const linkedColumns: RecordTableColumnDefinition<Fruit>[] = [
      { ...COLUMNS[0], renderCell: (fruit) => <a href={`/fruit/${fruit.id}`}>{fruit.name}</a> },
    ];
    const table = (records: Fruit[], hasNextPage: boolean) => (
      <MemoryRouter>
        <RecordTable
          label="Fruits"
          columns={linkedColumns}
          records={records}
          loading={false}
          onRetry={vi.fn()}
          pagination={{ hasNextPage, isFetchingMore: false, onLoadMore: vi.fn() }}
          emptyState={null}
        />
      </MemoryRouter>
    );
    const { rerender } = render(table(FRUITS, true));
    const loadMore = screen.getByRole('button', { name: 'Load more' });

    loadMore.focus();
    fireEvent.click(loadMore);
    rerender(table([...FRUITS, { id: '3', name: 'Cherry', color: 'Red' }], false));

    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Cherry' }));
  });

  it('moves the focus to the first row Load more brought when that row has no link', () => {
    const table = (records: Fruit[]) => (
      <MemoryRouter>
        <RecordTable
          label="Fruits"
          columns={COLUMNS}
          records={records}
          loading={false}
          onRetry={vi.fn()}
          pagination={{
            hasNextPage: records.length < 3,
            isFetchingMore: false,
            onLoadMore: vi.fn(),
          }}
          emptyState={null}
        />
      </MemoryRouter>
    );
    const { rerender } = render(table(FRUITS));
    const loadMore = screen.getByRole('button', { name: 'Load more' });

    loadMore.focus();
    fireEvent.click(loadMore);
    rerender(table([...FRUITS, { id: '3', name: 'Cherry', color: 'Red' }]));

    expect(document.activeElement).toBe(screen.getByText('Cherry').closest('tr'));
  });

  // A refresh (a sync under way) may bring rows later: they are not what the reader asked for.
  it('leaves the focus where it is when rows arrive after Load more failed', () => {
    const linkedColumns: RecordTableColumnDefinition<Fruit>[] = [
      { ...COLUMNS[0], renderCell: (fruit) => <a href={`/fruit/${fruit.id}`}>{fruit.name}</a> },
    ];
    const table = (records: Fruit[], error?: Error) => (
      <MemoryRouter>
        <RecordTable
          label="Fruits"
          columns={linkedColumns}
          records={records}
          loading={false}
          onRetry={vi.fn()}
          pagination={{ hasNextPage: true, isFetchingMore: false, error, onLoadMore: vi.fn() }}
          emptyState={null}
        />
      </MemoryRouter>
    );
    const { rerender } = render(table(FRUITS));

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    rerender(table(FRUITS, new Error('Network down')));
    const apple = screen.getByRole('link', { name: 'Apple' });

    apple.focus();
    rerender(table([...FRUITS, { id: '3', name: 'Cherry', color: 'Red' }]));

    expect(document.activeElement).toBe(apple);
  });
});
