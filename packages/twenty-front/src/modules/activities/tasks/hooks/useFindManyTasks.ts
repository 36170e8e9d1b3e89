import { FIND_MANY_TASKS } from '@/activities/tasks/graphql/queries/findManyTasks';
import type { TaskFilter } from '@/activities/tasks/types/TaskFilter';
import { DEFAULT_QUERY_PAGE_SIZE } from '@/object-record/constants/DefaultQueryPageSize';
import { useFindManyRecords } from '@/object-record/hooks/useFindManyRecords';

type UseFindManyTasksArgs = {
  filter?: TaskFilter;
  first?: number;
  skip?: boolean;
};

export const useFindManyTasks = ({
  filter,
  first = DEFAULT_QUERY_PAGE_SIZE,
  skip,
}: UseFindManyTasksArgs = {}) =>
  useFindManyRecords({
    query: FIND_MANY_TASKS,
    variables: {
      first,
      filter,
      orderBy: [{ field: 'createdAt', direction: 'DescNullsLast' }],
    },
    selectConnection: (data) => data.tasks,
    skip,
  });
