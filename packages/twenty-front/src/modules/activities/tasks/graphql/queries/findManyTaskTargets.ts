import { gql, type TypedDocumentNode } from '@apollo/client';

import type { TaskTarget } from '@/activities/tasks/types/TaskTarget';
import type { TaskTargetFilter } from '@/activities/tasks/types/TaskTargetFilter';
import type { FindManyRecordsVariables } from '@/object-record/types/FindManyRecordsVariables';
import type { RecordConnection } from '@/object-record/types/RecordConnection';

export type FindManyTaskTargetsQuery = {
  taskTargets: RecordConnection<TaskTarget>;
};

export const FIND_MANY_TASK_TARGETS: TypedDocumentNode<
  FindManyTaskTargetsQuery,
  FindManyRecordsVariables<'createdAt', TaskTargetFilter>
> = gql`
  query FindManyTaskTargets(
    $first: Int
    $after: String
    $filter: TaskTargetFilterInput
    $orderBy: [TaskTargetOrderByInput!]
  ) {
    taskTargets(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      edges {
        cursor
        node {
          id
          taskId
          personId
          companyId
          opportunityId
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`;
