import { useMutation } from '@apollo/client';
import { useCallback, useState } from 'react';

import { UPDATE_TASK } from '@/activities/tasks/graphql/mutations/updateTask';
import type { Task } from '@/activities/tasks/types/Task';
import type { TaskStatus } from '@/activities/tasks/types/TaskStatus';
import { getApolloErrorMessage } from '@/apollo/utils/getApolloErrorMessage';

// Checks a task off or reopens it: the change shows at once and is taken back if the server
// refuses it, with the reason.
export const useSetTaskStatus = () => {
  const [updateTask] = useMutation(UPDATE_TASK);
  const [errorMessage, setErrorMessage] = useState<string | null>(null);

  const setTaskStatus = useCallback(
    async (task: Pick<Task, 'id' | 'dueAt'>, status: TaskStatus) => {
      setErrorMessage(null);
      try {
        await updateTask({
          variables: { id: task.id, data: { status } },
          optimisticResponse: {
            updateTask: { __typename: 'Task', id: task.id, status, dueAt: task.dueAt },
          },
        });
      } catch (error) {
        setErrorMessage(getApolloErrorMessage(error));
      }
    },
    [updateTask],
  );

  return { setTaskStatus, errorMessage };
};
