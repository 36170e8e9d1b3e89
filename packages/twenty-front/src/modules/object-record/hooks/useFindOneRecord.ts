import { type TypedDocumentNode, useQuery } from '@apollo/client';
import { useCallback } from 'react';
import { isDefined } from 'twenty-shared';

type UseFindOneRecordArgs<TData, TRecord> = {
  query: TypedDocumentNode<TData, { id: string }>;
  recordId: string;
  selectRecord: (data: TData) => TRecord | null;
};

export const useFindOneRecord = <TData, TRecord>({
  query,
  recordId,
  selectRecord,
}: UseFindOneRecordArgs<TData, TRecord>) => {
  const { data, loading, error, refetch } = useQuery(query, {
    variables: { id: recordId },
  });

  const retry = useCallback(() => {
    // A failed refetch is reported through `error`; the promise itself carries nothing more.
    refetch().catch(() => undefined);
  }, [refetch]);

  return {
    record: isDefined(data) ? selectRecord(data) : null,
    loading,
    error,
    retry,
  };
};
