import {
  NetworkStatus,
  type TypedDocumentNode,
  type Unmasked,
  useApolloClient,
  useQuery,
} from '@apollo/client';
import { useCallback, useRef, useState } from 'react';
import { isDefined } from 'twenty-shared';

import { isInvalidCursorError } from '@/apollo/utils/isInvalidCursorError';
import { MAX_QUERY_PAGE_SIZE } from '@/object-record/constants/MaxQueryPageSize';
import type { RecordConnection, RecordEdge } from '@/object-record/types/RecordConnection';
import type { RecordTablePagination } from '@/object-record/record-table/types/RecordTablePagination';

type CursorPaginatedVariables = {
  first?: number;
  after?: string | null;
};

type UseFindManyRecordsArgs<TData, TNode, TVariables extends CursorPaginatedVariables> = {
  query: TypedDocumentNode<TData, TVariables>;
  variables: TVariables;
  selectConnection: (data: TData) => RecordConnection<TNode>;
  skip?: boolean;
  // While new variables load, keep answering the records of the previous ones (still `loading`).
  keepPreviousRecords?: boolean;
  // The most records the server answers in one page of this query.
  maxPageSize?: number;
};

export const useFindManyRecords = <TData, TNode, TVariables extends CursorPaginatedVariables>({
  query,
  variables,
  selectConnection,
  skip = false,
  keepPreviousRecords = false,
  maxPageSize = MAX_QUERY_PAGE_SIZE,
}: UseFindManyRecordsArgs<TData, TNode, TVariables>) => {
  const { data, previousData, loading, error, refetch, fetchMore, networkStatus } = useQuery(
    query,
    {
      variables,
      skip,
      notifyOnNetworkStatusChange: true,
    },
  );
  // A Load more that failed, for the list it failed on: another filter or sort starts a new list.
  const variablesKey = JSON.stringify(variables);
  const [failedFetchMore, setFailedFetchMore] = useState<
    { error: Error; variablesKey: string } | undefined
  >();
  const fetchMoreError =
    failedFetchMore?.variablesKey === variablesKey ? failedFetchMore.error : undefined;

  const connection = isDefined(data) ? selectConnection(data) : undefined;
  const shownConnection =
    connection ??
    (keepPreviousRecords && isDefined(previousData) ? selectConnection(previousData) : undefined);
  const endCursor = connection?.pageInfo.endCursor ?? null;

  // Reads again every record shown, in pages the server answers (more than `maxPageSize` records
  // shown are read page after page), then writes them over the list in the cache as one page: a
  // refetch of the first page alone would drop the ones loaded since with Load more (the list jumps
  // back to its first page), and a refetch with a larger page would keep that page size for Load
  // more. It answers that connection, every record read again in it.
  const apolloClient = useApolloClient();
  const loadedCount = connection?.edges.length ?? 0;
  const readShownAgain = useCallback(
    async (
      // Whether the records read may still be written: not once the list changed under the read.
      canWrite: () => boolean = () => true,
    ): Promise<RecordConnection<TNode>> => {
      const shownCount = Math.max(variables.first ?? 0, loadedCount);
      const edges: RecordEdge<TNode>[] = [];
      let data: TData;
      let page: RecordConnection<TNode>;

      do {
        ({ data } = await apolloClient.query({
          query,
          variables: {
            ...variables,
            first: Math.min(Math.max(shownCount - edges.length, 1), maxPageSize),
            ...(edges.length > 0 && { after: edges[edges.length - 1].cursor }),
          },
          fetchPolicy: 'no-cache',
          // Its own request: joining one already under way would answer with what that one read
          // before.
          context: { queryDeduplication: false },
        }));
        page = selectConnection(data);
        edges.push(...page.edges);
      } while (edges.length < shownCount && page.pageInfo.hasNextPage);

      const shown = { ...page, edges };
      const readPage = page;

      if (!canWrite()) return shown;
      apolloClient.writeQuery({
        query,
        variables: { ...variables, first: edges.length },
        // The query's data, its connection (the one field selectConnection picks) holding them all.
        data: Object.fromEntries(
          Object.entries(data as Record<string, unknown>).map(([field, value]) => [
            field,
            value === readPage ? shown : value,
          ]),
        ) as Unmasked<TData>,
      });

      return shown;
    },
    [apolloClient, query, variables, loadedCount, maxPageSize, selectConnection],
  );
  // A refresh never undoes a Load more: none starts while one loads, and one that a Load more
  // started during leaves the list to it (its rows were counted before the Load more's came). One
  // runs at a time: asked for while one reads (polls against a slow server), it runs once that one
  // is done, reading what is shown then; answers never land out of order, nor pile up.
  const loadMoreCountRef = useRef(0);
  const runningRefreshRef = useRef<{ isAskedAgain: boolean } | null>(null);
  const latestRefreshRef = useRef<() => void>(() => undefined);
  const isFetchingMore = networkStatus === NetworkStatus.fetchMore;
  const refresh = useCallback(() => {
    if (isFetchingMore) return;
    if (runningRefreshRef.current !== null) {
      runningRefreshRef.current.isAskedAgain = true;

      return;
    }
    const running = { isAskedAgain: false };
    const loadMoreCountBefore = loadMoreCountRef.current;

    runningRefreshRef.current = running;
    readShownAgain(() => loadMoreCountRef.current === loadMoreCountBefore)
      .catch(() => undefined)
      .finally(() => {
        runningRefreshRef.current = null;
        if (running.isAskedAgain) latestRefreshRef.current();
      });
  }, [readShownAgain, isFetchingMore]);

  latestRefreshRef.current = refresh;

  // A cursor the server no longer reads (handed out before a deploy that changed what cursors
  // hold) is replaced by reading the records shown again, which hands out new ones, and the next
  // page is read from there.
  const fetchMoreRecords = useCallback(async () => {
    loadMoreCountRef.current += 1;
    setFailedFetchMore(undefined);
    try {
      await fetchMore({ variables: { after: endCursor } }).catch(async (caughtError) => {
        if (!isInvalidCursorError(caughtError)) throw caughtError;
        const shownAgain = await readShownAgain();

        await fetchMore({ variables: { after: shownAgain.pageInfo.endCursor } });
      });
    } catch (caughtError) {
      setFailedFetchMore({
        error: caughtError instanceof Error ? caughtError : new Error(String(caughtError)),
        variablesKey,
      });
    }
  }, [fetchMore, endCursor, readShownAgain, variablesKey]);

  const retry = useCallback(() => {
    // A failed refetch is reported through `error`; the promise itself carries nothing more.
    refetch().catch(() => undefined);
  }, [refetch]);

  const pagination: RecordTablePagination = {
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    isFetchingMore,
    error: fetchMoreError,
    onLoadMore: fetchMoreRecords,
  };

  return {
    records: shownConnection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount,
    loading: loading && !isDefined(connection),
    error: isDefined(connection) ? undefined : error,
    retry,
    refresh,
    pagination,
  };
};
