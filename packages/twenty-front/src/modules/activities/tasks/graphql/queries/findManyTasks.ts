import { gql, type TypedDocumentNode } from '@apollo/client';

import type { Task } from '@/activities/tasks/types/Task';
import type { TaskFilter } from '@/activities/tasks/types/TaskFilter';
import type { FindManyRecordsVariables } from '@/object-record/types/FindManyRecordsVariables';
import type { RecordConnection } from '@/object-record/types/RecordConnection';

export type TaskOrderByField = 'createdAt' | 'dueAt' | 'status';

export type FindManyTasksQuery = {
  tasks: RecordConnection<Task>;
};

export const FIND_MANY_TASKS: TypedDocumentNode<
  FindManyTasksQuery,
  FindManyRecordsVariables<TaskOrderByField, TaskFilter>
> = gql`
  query FindManyTasks(
    $first: Int
    $after: String
    $filter: TaskFilterInput
    $orderBy: [TaskOrderByInput!]
  ) {
    tasks(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      edges {
        cursor
        node {
          id
          title
          bodyMarkdown
          status
          dueAt
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
