import { gql, type TypedDocumentNode } from '@apollo/client';

import type { Task } from '@/activities/tasks/types/Task';
import type { TaskStatus } from '@/activities/tasks/types/TaskStatus';

export type UpdateTaskMutation = {
  updateTask: Pick<Task, 'id' | 'status' | 'dueAt'> & { __typename: 'Task' };
};

export type UpdateTaskMutationVariables = {
  id: string;
  data: { status?: TaskStatus; dueAt?: string | null };
};

export const UPDATE_TASK: TypedDocumentNode<UpdateTaskMutation, UpdateTaskMutationVariables> = gql`
  mutation UpdateTask($id: ID!, $data: TaskDataInput!) {
    updateTask(id: $id, data: $data) {
      id
      status
      dueAt
    }
  }
`;
