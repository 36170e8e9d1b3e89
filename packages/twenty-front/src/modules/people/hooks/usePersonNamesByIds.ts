import { getUniqueSortedIds } from '@/object-record/utils/getUniqueSortedIds';
import { useFindManyPeople } from '@/people/hooks/useFindManyPeople';
import type { PersonNamesByIds } from '@/people/types/PersonNamesByIds';
import { getPersonFullName } from '@/people/utils/getPersonFullName';

// The names of the given people, read in one query, for cells that point at a person. When more
// people come (a next page), the names already shown stay while the new ones load.
export const usePersonNamesByIds = (personIds: string[]): PersonNamesByIds => {
  const uniqueIds = getUniqueSortedIds(personIds);
  const { records, loading } = useFindManyPeople({
    filter: { id: { in: uniqueIds } },
    first: uniqueIds.length,
    skip: uniqueIds.length === 0,
    keepPreviousRecords: true,
  });
  const personNames = new Map(
    records.map((person) => [person.id, getPersonFullName(person) || 'Untitled']),
  );

  return {
    personNames,
    isNameLoading: (personId) => loading && !personNames.has(personId),
  };
};
