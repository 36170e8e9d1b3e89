import type { MockedResponse } from '@apollo/client/testing';

import { FIND_MANY_TASK_TARGETS } from '@/activities/tasks/graphql/queries/findManyTaskTargets';
import { FIND_MANY_TASKS } from '@/activities/tasks/graphql/queries/findManyTasks';
import type { ActivityTargetFilter } from '@/activities/types/ActivityTargetFilter';
import type { buildMockTask } from '~/testing/mock-data/buildMockTask';
import { buildMockRecordConnection } from '~/testing/mock-data/buildMockRecordConnection';

// The queries useRecordTasks makes for one record linked to these tasks: its task targets, then
// (only when there are some) the tasks by id, in the order it sorts them.
export const buildRecordTasksMocks = (
  targetFilter: ActivityTargetFilter,
  tasks: ReturnType<typeof buildMockTask>[],
): MockedResponse[] => {
  const targets = tasks.map((task) => ({
    __typename: 'TaskTarget',
    id: `target-${task.id}`,
    taskId: task.id,
    personId: targetFilter.personId?.eq ?? null,
    companyId: null,
    opportunityId: targetFilter.opportunityId?.eq ?? null,
    createdAt: task.createdAt,
  }));
  const targetsMock: MockedResponse = {
    request: {
      query: FIND_MANY_TASK_TARGETS,
      variables: {
        first: 100,
        filter: targetFilter,
        orderBy: [{ field: 'createdAt', direction: 'DescNullsLast' }],
      },
    },
    result: {
      data: { taskTargets: buildMockRecordConnection('TaskTarget', targets) },
    },
  };

  if (tasks.length === 0) {
    return [targetsMock];
  }

  return [
    targetsMock,
    {
      request: {
        query: FIND_MANY_TASKS,
        variables: {
          first: tasks.length,
          filter: { id: { in: tasks.map((task) => task.id).sort() } },
          orderBy: [{ field: 'createdAt', direction: 'DescNullsLast' }],
        },
      },
      result: { data: { tasks: buildMockRecordConnection('Task', tasks) } },
    },
  ];
};
