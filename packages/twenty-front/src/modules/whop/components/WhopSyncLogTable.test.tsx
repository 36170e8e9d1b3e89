import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { WhopSyncLogTable } from '@/whop/components/WhopSyncLogTable';
import { buildMockWhopSyncLog } from '~/testing/mock-data/buildMockWhopSyncLog';

const LOGS = [
  buildMockWhopSyncLog({
    id: 'log-2',
    type: 'incremental',
    status: 'partial',
    startedAt: '2025-03-14T11:00:00.000Z',
    completedAt: '2025-03-14T11:00:05.000Z',
    issues: [
      {
        level: 'error',
        whopId: 'mem_123',
        message: 'The membership points at a plan Whop no longer returns.',
      },
      {
        level: 'warning',
        whopId: 'user_456',
        message: 'Two people share this email; created a new person.',
      },
    ],
    issueCount: 5,
  }),
  buildMockWhopSyncLog(),
];

const renderTable = () =>
  render(
    <WhopSyncLogTable
      logs={LOGS}
      totalCount={2}
      loading={false}
      onRetry={vi.fn()}
      emptyMessage="No sync has run yet."
      pagination={{
        hasNextPage: false,
        isFetchingMore: false,
        onLoadMore: vi.fn(),
      }}
    />,
  );

describe('WhopSyncLogTable', () => {
  it('lists each run with its type, status, duration and counts', () => {
    renderTable();

    const [, incrementalRow, fullRow] = within(
      screen.getByRole('table', { name: 'Sync history' }),
    ).getAllByRole('row');
    expect(within(incrementalRow).getByText('Incremental')).toBeTruthy();
    expect(within(incrementalRow).getByText('Partial')).toBeTruthy();
    expect(within(incrementalRow).getByText('5 s')).toBeTruthy();
    expect(within(fullRow).getByText('Full')).toBeTruthy();
    expect(within(fullRow).getByText('Succeeded')).toBeTruthy();
    expect(within(fullRow).getByText('2 min 14 s')).toBeTruthy();
    expect(within(fullRow).getByText('540 new · 10 updated · 5 unchanged')).toBeTruthy();
  });

  it('opens a run to its per-record errors and warnings, and closes it again', () => {
    renderTable();

    expect(screen.queryByText('mem_123')).toBeNull();
    const [expandButton] = screen.getAllByRole('button', {
      name: /Show details/,
    });
    expect(expandButton.getAttribute('aria-expanded')).toBe('false');

    fireEvent.click(expandButton);

    expect(expandButton.getAttribute('aria-expanded')).toBe('true');
    const issues = within(screen.getByRole('list', { name: 'Errors and warnings' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(issues).toEqual([
      'Errormem_123The membership points at a plan Whop no longer returns.',
      'Warninguser_456Two people share this email; created a new person.',
    ]);
    expect(screen.getByText('Showing the first 2 of 5 issues.')).toBeTruthy();
    expect(screen.getByText('People')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /Hide details/ }));

    expect(screen.queryByText('mem_123')).toBeNull();
  });

  it('says so when a run had no record-level problem', () => {
    renderTable();

    fireEvent.click(screen.getAllByRole('button', { name: /Show details/ })[1]);

    expect(screen.getByText('No record-level errors or warnings.')).toBeTruthy();
  });
});
