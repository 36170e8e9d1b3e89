import {
  NetworkStatus,
  type TypedDocumentNode,
  useQuery,
} from '@apollo/client';
import { useCallback, useState } from 'react';

import type { FindManyRecordsVariables } from '@/object-record/types/FindManyRecordsVariables';
import type { RecordConnection } from '@/object-record/types/RecordConnection';
import type { RecordTablePagination } from '@/object-record/record-table/types/RecordTablePagination';
import { isDefined } from '~/utils/isDefined';

type UseFindManyRecordsArgs<TData, TNode, TOrderByField extends string> = {
  query: TypedDocumentNode<TData, FindManyRecordsVariables<TOrderByField>>;
  variables: FindManyRecordsVariables<TOrderByField>;
  selectConnection: (data: TData) => RecordConnection<TNode>;
};

export const useFindManyRecords = <TData, TNode, TOrderByField extends string>({
  query,
  variables,
  selectConnection,
}: UseFindManyRecordsArgs<TData, TNode, TOrderByField>) => {
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(
    query,
    {
      variables,
      notifyOnNetworkStatusChange: true,
    },
  );
  const [fetchMoreError, setFetchMoreError] = useState<Error | undefined>();

  const connection = isDefined(data) ? selectConnection(data) : undefined;
  const endCursor = connection?.pageInfo.endCursor ?? null;

  const fetchMoreRecords = useCallback(async () => {
    setFetchMoreError(undefined);
    try {
      await fetchMore({ variables: { after: endCursor } });
    } catch (caughtError) {
      setFetchMoreError(
        caughtError instanceof Error
          ? caughtError
          : new Error(String(caughtError)),
      );
    }
  }, [fetchMore, endCursor]);

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
    records: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount,
    loading: loading && !isDefined(connection),
    error: isDefined(connection) ? undefined : error,
    retry,
    pagination,
  };
};
