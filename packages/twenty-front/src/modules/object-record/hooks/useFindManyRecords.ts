import { NetworkStatus, type TypedDocumentNode, useApolloClient, useQuery } from '@apollo/client';
import { useCallback, useState } from 'react';
import { isDefined } from 'twenty-shared';

import { isInvalidCursorError } from '@/apollo/utils/isInvalidCursorError';
import type { RecordConnection } from '@/object-record/types/RecordConnection';
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
};

export const useFindManyRecords = <TData, TNode, TVariables extends CursorPaginatedVariables>({
  query,
  variables,
  selectConnection,
  skip = false,
  keepPreviousRecords = false,
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

  // Reads again every record shown, as one page written over the list in the cache: a refetch of
  // the first page alone would drop the ones loaded since with Load more (the list jumps back to
  // its first page), and a refetch with a larger page would keep that page size for Load more.
  const apolloClient = useApolloClient();
  const loadedCount = connection?.edges.length ?? 0;
  const readShownAgain = useCallback(
    () =>
      apolloClient.query({
        query,
        variables: { ...variables, first: Math.max(variables.first ?? 0, loadedCount) },
        fetchPolicy: 'network-only',
      }),
    [apolloClient, query, variables, loadedCount],
  );
  const refresh = useCallback(() => {
    readShownAgain().catch(() => undefined);
  }, [readShownAgain]);

  // A cursor the server no longer reads (handed out before a deploy that changed what cursors
  // hold) is replaced by reading the records shown again, which hands out new ones, and the next
  // page is read from there.
  const fetchMoreRecords = useCallback(async () => {
    setFailedFetchMore(undefined);
    try {
      await fetchMore({ variables: { after: endCursor } }).catch(async (caughtError) => {
        if (!isInvalidCursorError(caughtError)) throw caughtError;
        const { data: shownAgain } = await readShownAgain();

        await fetchMore({
          variables: { after: selectConnection(shownAgain).pageInfo.endCursor },
        });
      });
    } catch (caughtError) {
      setFailedFetchMore({
        error: caughtError instanceof Error ? caughtError : new Error(String(caughtError)),
        variablesKey,
      });
    }
  }, [fetchMore, endCursor, readShownAgain, selectConnection, variablesKey]);

  const retry = useCallback(() => {
    // A failed refetch is reported through `error`; the promise itself carries nothing more.
    refetch().catch(() => undefined);
  }, [refetch]);

  const pagination: RecordTablePagination = {
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    isFetchingMore: networkStatus === NetworkStatus.fetchMore,
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
