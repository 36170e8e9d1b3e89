import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { act, renderHook, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';

import { createApolloCache } from '@/apollo/utils/createApolloCache';
import { useFindManyRecords } from '@/object-record/hooks/useFindManyRecords';
import { FIND_MANY_WHOP_SYNC_LOGS } from '@/whop/graphql/queries/findManyWhopSyncLogs';
import type { WhopSyncLog } from '@/whop/types/WhopSyncLog';
import { buildMockWhopSyncLog } from '~/testing/mock-data/buildMockWhopSyncLog';

const CONNECTION_ID = 'connection-1';

const logsPage = (
  variables: { first: number; after?: string },
  ids: string[],
  hasNextPage: boolean,
  cursorPrefix = '',
): MockedResponse => ({
  request: {
    query: FIND_MANY_WHOP_SYNC_LOGS,
    variables: { connectionId: CONNECTION_ID, ...variables },
  },
  result: {
    data: {
      whopSyncLogs: {
        __typename: 'WhopSyncLogConnection',
        edges: ids.map((id) => ({
          __typename: 'WhopSyncLogEdge',
          cursor: `${cursorPrefix}${id}`,
          node: { __typename: 'WhopSyncLog', ...buildMockWhopSyncLog({ id }) },
        })),
        pageInfo: {
          __typename: 'PageInfo',
          hasNextPage,
          endCursor: ids.length > 0 ? `${cursorPrefix}${ids.at(-1)}` : null,
        },
        totalCount: 5,
      },
    },
  },
});

const renderSyncLogs = (mocks: MockedResponse[], { maxPageSize }: { maxPageSize?: number } = {}) =>
  renderHook(
    () =>
      useFindManyRecords({
        query: FIND_MANY_WHOP_SYNC_LOGS,
        variables: { connectionId: CONNECTION_ID, first: 2 },
        selectConnection: (data) => data.whopSyncLogs,
        maxPageSize,
      }),
    {
      wrapper: ({ children }: { children: ReactNode }) => (
        <MockedProvider mocks={mocks} cache={createApolloCache()}>
          {children}
        </MockedProvider>
      ),
    },
  );

const idsOf = (records: WhopSyncLog[]) => records.map(({ id }) => id);

// The first page shown, then the second with Load more: log-5 to log-2.
const showFirstTwoPages = async (result: ReturnType<typeof renderSyncLogs>['result']) => {
  await waitFor(() => expect(idsOf(result.current.records)).toEqual(['log-5', 'log-4']));
  await act(() => result.current.pagination.onLoadMore());
  await waitFor(() =>
    expect(idsOf(result.current.records)).toEqual(['log-5', 'log-4', 'log-3', 'log-2']),
  );
};

describe('useFindManyRecords', () => {
  // A run moving on refreshes the sync history: rows loaded with Load more stay on screen.
  it('refreshes every record shown, those loaded with Load more included', async () => {
    const { result } = renderSyncLogs([
      logsPage({ first: 2 }, ['log-5', 'log-4'], true),
      logsPage({ first: 2, after: 'log-4' }, ['log-3', 'log-2'], true),
      logsPage({ first: 4 }, ['log-6', 'log-5', 'log-4', 'log-3'], true),
      logsPage({ first: 2, after: 'log-3' }, ['log-2', 'log-1'], false),
    ]);

    await showFirstTwoPages(result);

    act(() => result.current.refresh());
    await waitFor(() =>
      expect(idsOf(result.current.records)).toEqual(['log-6', 'log-5', 'log-4', 'log-3']),
    );
    // Load more goes on with the list's own page size.
    await act(() => result.current.pagination.onLoadMore());
    await waitFor(() =>
      expect(idsOf(result.current.records)).toEqual([
        'log-6',
        'log-5',
        'log-4',
        'log-3',
        'log-2',
        'log-1',
      ]),
    );
  });

  // More rows shown than the server answers in one page: refreshed page after page, none dropped.
  it('refreshes more records than one page holds, page after page', async () => {
    const { result } = renderSyncLogs(
      [
        logsPage({ first: 2 }, ['log-5', 'log-4'], true),
        logsPage({ first: 2, after: 'log-4' }, ['log-3', 'log-2'], true),
        logsPage({ first: 3 }, ['log-6', 'log-5', 'log-4'], true),
        logsPage({ first: 1, after: 'log-4' }, ['log-3'], true),
      ],
      { maxPageSize: 3 },
    );

    await showFirstTwoPages(result);

    act(() => result.current.refresh());
    await waitFor(() =>
      expect(idsOf(result.current.records)).toEqual(['log-6', 'log-5', 'log-4', 'log-3']),
    );
    expect(result.current.pagination.hasNextPage).toBe(true);
  });

  // The 5 s refresh of a list followed during a sync meets a Load more clicked meanwhile.
  it('leaves the rows a Load more brought while a refresh was reading', async () => {
    const { result } = renderSyncLogs([
      logsPage({ first: 2 }, ['log-5', 'log-4'], true),
      { ...logsPage({ first: 2 }, ['log-6', 'log-5'], true), delay: 300 },
      logsPage({ first: 2, after: 'log-4' }, ['log-3', 'log-2'], true),
    ]);

    await waitFor(() => expect(idsOf(result.current.records)).toEqual(['log-5', 'log-4']));
    act(() => result.current.refresh());
    await act(() => result.current.pagination.onLoadMore());
    await waitFor(() =>
      expect(idsOf(result.current.records)).toEqual(['log-5', 'log-4', 'log-3', 'log-2']),
    );
    await act(() => new Promise((resolve) => setTimeout(resolve, 500)));

    expect(idsOf(result.current.records)).toEqual(['log-5', 'log-4', 'log-3', 'log-2']);
  });

  // Polls a second apart while the server is slow: the later refresh's answer stands.
  it('keeps the answer of the latest refresh when an earlier one answers after it', async () => {
    const { result } = renderSyncLogs([
      logsPage({ first: 2 }, ['log-5', 'log-4'], true),
      { ...logsPage({ first: 2 }, ['log-5', 'log-4'], true), delay: 300 },
      logsPage({ first: 2 }, ['log-6', 'log-5'], true),
    ]);

    await waitFor(() => expect(idsOf(result.current.records)).toEqual(['log-5', 'log-4']));
    act(() => result.current.refresh());
    act(() => result.current.refresh());
    await waitFor(() => expect(idsOf(result.current.records)).toEqual(['log-6', 'log-5']));
    await act(() => new Promise((resolve) => setTimeout(resolve, 500)));

    expect(idsOf(result.current.records)).toEqual(['log-6', 'log-5']);
  });

  // Polls every few seconds against a server slower than that: one read at a time, and one more.
  it('reads once more after a refresh, however often it was asked for meanwhile', async () => {
    const answered = { stale: 0, fresh: 0, extra: 0 };
    const counted = (mock: MockedResponse, key: keyof typeof answered): MockedResponse => ({
      ...mock,
      result: () => {
        answered[key] += 1;

        return mock.result as never;
      },
    });
    const { result } = renderSyncLogs([
      logsPage({ first: 2 }, ['log-5', 'log-4'], true),
      { ...counted(logsPage({ first: 2 }, ['log-5', 'log-4'], true), 'stale'), delay: 300 },
      counted(logsPage({ first: 2 }, ['log-6', 'log-5'], true), 'fresh'),
      counted(logsPage({ first: 2 }, ['log-6', 'log-5'], true), 'extra'),
    ]);

    await waitFor(() => expect(idsOf(result.current.records)).toEqual(['log-5', 'log-4']));
    act(() => result.current.refresh());
    act(() => result.current.refresh());
    act(() => result.current.refresh());
    await waitFor(() => expect(idsOf(result.current.records)).toEqual(['log-6', 'log-5']));
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));

    expect(answered).toEqual({ stale: 1, fresh: 1, extra: 0 });
  });

  // A deploy changed what cursors hold: the list's cursors are read again, and Load more goes on.
  it('reads the records shown again when the server no longer reads their cursor, then loads more', async () => {
    const { result } = renderSyncLogs([
      logsPage({ first: 2 }, ['log-5', 'log-4'], true),
      {
        request: {
          query: FIND_MANY_WHOP_SYNC_LOGS,
          variables: { connectionId: CONNECTION_ID, first: 2, after: 'log-4' },
        },
        result: {
          errors: [
            new GraphQLError('This cursor is not one this list gave out', {
              extensions: { code: 'INVALID_CURSOR' },
            }),
          ],
        },
      },
      logsPage({ first: 2 }, ['log-5', 'log-4'], true, 'new:'),
      logsPage({ first: 2, after: 'new:log-4' }, ['log-3', 'log-2'], true, 'new:'),
    ]);

    await waitFor(() => expect(idsOf(result.current.records)).toEqual(['log-5', 'log-4']));
    await act(() => result.current.pagination.onLoadMore());

    await waitFor(() =>
      expect(idsOf(result.current.records)).toEqual(['log-5', 'log-4', 'log-3', 'log-2']),
    );
    expect(result.current.pagination.error).toBeUndefined();
  });

  it('shows any other error of Load more', async () => {
    const { result } = renderSyncLogs([
      logsPage({ first: 2 }, ['log-5', 'log-4'], true),
      {
        request: {
          query: FIND_MANY_WHOP_SYNC_LOGS,
          variables: { connectionId: CONNECTION_ID, first: 2, after: 'log-4' },
        },
        result: { errors: [new GraphQLError('Something went wrong')] },
      },
    ]);

    await waitFor(() => expect(idsOf(result.current.records)).toEqual(['log-5', 'log-4']));
    await act(() => result.current.pagination.onLoadMore());

    expect(result.current.pagination.error?.message).toBe('Something went wrong');
    expect(idsOf(result.current.records)).toEqual(['log-5', 'log-4']);
  });

  it('leaves a failed Load more behind once the list changes (another filter or sort)', async () => {
    const mocks = [
      logsPage({ first: 2 }, ['log-5', 'log-4'], true),
      {
        request: {
          query: FIND_MANY_WHOP_SYNC_LOGS,
          variables: { connectionId: CONNECTION_ID, first: 2, after: 'log-4' },
        },
        result: { errors: [new GraphQLError('Something went wrong')] },
      },
      logsPage({ first: 3 }, ['log-5', 'log-4', 'log-3'], true),
    ];
    const { result, rerender } = renderHook(
      ({ first }: { first: number }) =>
        useFindManyRecords({
          query: FIND_MANY_WHOP_SYNC_LOGS,
          variables: { connectionId: CONNECTION_ID, first },
          selectConnection: (data) => data.whopSyncLogs,
        }),
      {
        initialProps: { first: 2 },
        wrapper: ({ children }: { children: ReactNode }) => (
          <MockedProvider mocks={mocks} cache={createApolloCache()}>
            {children}
          </MockedProvider>
        ),
      },
    );

    await waitFor(() => expect(idsOf(result.current.records)).toEqual(['log-5', 'log-4']));
    await act(() => result.current.pagination.onLoadMore());
    expect(result.current.pagination.error?.message).toBe('Something went wrong');

    rerender({ first: 3 });

    expect(result.current.pagination.error).toBeUndefined();
  });
});
