import { useEffect, useRef } from 'react';

import { MAX_QUERY_PAGE_SIZE } from '@/object-record/constants/MaxQueryPageSize';
import { getUniqueSortedIds } from '@/object-record/utils/getUniqueSortedIds';
import { useFindManyPeople } from '@/people/hooks/useFindManyPeople';
import type { PersonNamesByIds } from '@/people/types/PersonNamesByIds';
import { getPersonFullName } from '@/people/utils/getPersonFullName';

// The names of the given people, for cells that point at a person: read in one query, page after
// page when there are more people than a page holds (a table loaded further and further). When
// more people come (a next page of the table), every name already read stays shown while the
// names are read again, the new ones with them.
export const usePersonNamesByIds = (personIds: string[]): PersonNamesByIds => {
  const uniqueIds = getUniqueSortedIds(personIds);
  const { records, loading, pagination } = useFindManyPeople({
    filter: { id: { in: uniqueIds } },
    first: Math.min(uniqueIds.length, MAX_QUERY_PAGE_SIZE),
    skip: uniqueIds.length === 0,
    keepPreviousRecords: true,
  });
  const { hasNextPage, isFetchingMore, error, onLoadMore } = pagination;
  const namesRead = useRef(new Map<string, string>());

  useEffect(() => {
    if (hasNextPage && !isFetchingMore && !error) void onLoadMore();
  }, [hasNextPage, isFetchingMore, error, onLoadMore]);

  for (const person of records)
    namesRead.current.set(person.id, getPersonFullName(person) || 'Untitled');
  const personNames = new Map(
    uniqueIds.flatMap((personId): [string, string][] => {
      const name = namesRead.current.get(personId);

      return name === undefined ? [] : [[personId, name]];
    }),
  );

  return {
    personNames,
    isNameLoading: (personId) => (loading || hasNextPage) && !error && !personNames.has(personId),
  };
};
