import { DEFAULT_QUERY_PAGE_SIZE } from '@/object-record/constants/DefaultQueryPageSize';
import { useFindManyRecords } from '@/object-record/hooks/useFindManyRecords';
import { FIND_MANY_PEOPLE } from '@/people/graphql/queries/findManyPeople';
import type { PersonFilter } from '@/people/types/PersonFilter';

type UseFindManyPeopleArgs = {
  filter?: PersonFilter;
  first?: number;
  skip?: boolean;
  keepPreviousRecords?: boolean;
};

export const useFindManyPeople = ({
  filter,
  first = DEFAULT_QUERY_PAGE_SIZE,
  skip,
  keepPreviousRecords,
}: UseFindManyPeopleArgs = {}) =>
  useFindManyRecords({
    query: FIND_MANY_PEOPLE,
    variables: {
      first,
      filter,
      orderBy: [{ field: 'createdAt', direction: 'DescNullsLast' }],
    },
    selectConnection: (data) => data.people,
    skip,
    keepPreviousRecords,
  });
