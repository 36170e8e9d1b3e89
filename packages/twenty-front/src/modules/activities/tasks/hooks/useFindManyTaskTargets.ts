import { FIND_MANY_TASK_TARGETS } from '@/activities/tasks/graphql/queries/findManyTaskTargets';
import type { TaskTargetFilter } from '@/activities/tasks/types/TaskTargetFilter';
import { DEFAULT_QUERY_PAGE_SIZE } from '@/object-record/constants/DefaultQueryPageSize';
import { useFindManyRecords } from '@/object-record/hooks/useFindManyRecords';

type UseFindManyTaskTargetsArgs = {
  filter?: TaskTargetFilter;
  first?: number;
};

export const useFindManyTaskTargets = ({
  filter,
  first = DEFAULT_QUERY_PAGE_SIZE,
}: UseFindManyTaskTargetsArgs = {}) =>
  useFindManyRecords({
    query: FIND_MANY_TASK_TARGETS,
    variables: {
      first,
      filter,
      orderBy: [{ field: 'createdAt', direction: 'DescNullsLast' }],
    },
    selectConnection: (data) => data.taskTargets,
  });
