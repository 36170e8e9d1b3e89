import { useFindManyPeople } from '@/people/hooks/useFindManyPeople';
import { getPersonFullName } from '@/people/utils/getPersonFullName';

// The names of the given people, read in one query, for cells that point at a person.
export const usePersonNamesByIds = (personIds: string[]) => {
  const uniqueIds = [...new Set(personIds)].sort();
  const { records } = useFindManyPeople({
    filter: { id: { in: uniqueIds } },
    first: uniqueIds.length,
    skip: uniqueIds.length === 0,
  });

  return new Map(records.map((person) => [person.id, getPersonFullName(person) || 'Untitled']));
};
