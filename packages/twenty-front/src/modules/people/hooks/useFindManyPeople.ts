import { DEFAULT_QUERY_PAGE_SIZE } from '@/object-record/constants/DefaultQueryPageSize';
import { useFindManyRecords } from '@/object-record/hooks/useFindManyRecords';
import type { FindManyRecordsVariables } from '@/object-record/types/FindManyRecordsVariables';
import {
  FIND_MANY_PEOPLE,
  type PersonOrderByField,
} from '@/people/graphql/queries/findManyPeople';

const FIND_MANY_PEOPLE_VARIABLES: FindManyRecordsVariables<PersonOrderByField> =
  {
    first: DEFAULT_QUERY_PAGE_SIZE,
    orderBy: [{ field: 'createdAt', direction: 'DescNullsLast' }],
  };

export const useFindManyPeople = () =>
  useFindManyRecords({
    query: FIND_MANY_PEOPLE,
    variables: FIND_MANY_PEOPLE_VARIABLES,
    selectConnection: (data) => data.people,
  });
