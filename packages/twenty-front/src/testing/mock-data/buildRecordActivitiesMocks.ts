import type { MockedResponse } from '@apollo/client/testing';
import type { DocumentNode } from 'graphql';

import { FIND_MANY_NOTE_TARGETS } from '@/activities/notes/graphql/queries/findManyNoteTargets';
import { FIND_MANY_NOTES } from '@/activities/notes/graphql/queries/findManyNotes';
import { FIND_MANY_TASK_TARGETS } from '@/activities/tasks/graphql/queries/findManyTaskTargets';
import { FIND_MANY_TASKS } from '@/activities/tasks/graphql/queries/findManyTasks';
import type { ActivityTargetFilter } from '@/activities/types/ActivityTargetFilter';
import { buildMockRecordConnection } from '~/testing/mock-data/buildMockRecordConnection';

type ActivityQueries = {
  targetsQuery: DocumentNode;
  targetsField: string;
  targetTypename: string;
  targetIdField: string;
  activitiesQuery: DocumentNode;
  activitiesField: string;
  activityTypename: string;
};

const ACTIVITY_QUERIES: Record<'task' | 'note', ActivityQueries> = {
  task: {
    targetsQuery: FIND_MANY_TASK_TARGETS,
    targetsField: 'taskTargets',
    targetTypename: 'TaskTarget',
    targetIdField: 'taskId',
    activitiesQuery: FIND_MANY_TASKS,
    activitiesField: 'tasks',
    activityTypename: 'Task',
  },
  note: {
    targetsQuery: FIND_MANY_NOTE_TARGETS,
    targetsField: 'noteTargets',
    targetTypename: 'NoteTarget',
    targetIdField: 'noteId',
    activitiesQuery: FIND_MANY_NOTES,
    activitiesField: 'notes',
    activityTypename: 'Note',
  },
};

const ORDER_BY = [{ field: 'createdAt', direction: 'DescNullsLast' }];

// The queries useRecordTasks or useRecordNotes makes for one record linked to these activities:
// its targets, then (only when there are some) the activities by id, in the order it sorts them.
export const buildRecordActivitiesMocks = (
  kind: 'task' | 'note',
  targetFilter: ActivityTargetFilter,
  activities: { id: string; createdAt: string }[],
): MockedResponse[] => {
  const queries = ACTIVITY_QUERIES[kind];
  const targets = activities.map((activity) => ({
    __typename: queries.targetTypename,
    id: `target-${activity.id}`,
    [queries.targetIdField]: activity.id,
    personId: targetFilter.personId?.eq ?? null,
    companyId: null,
    opportunityId: targetFilter.opportunityId?.eq ?? null,
    createdAt: activity.createdAt,
  }));
  const targetsMock: MockedResponse = {
    request: {
      query: queries.targetsQuery,
      variables: { first: 100, filter: targetFilter, orderBy: ORDER_BY },
    },
    result: {
      data: {
        [queries.targetsField]: buildMockRecordConnection(queries.targetTypename, targets),
      },
    },
  };

  if (activities.length === 0) {
    return [targetsMock];
  }

  return [
    targetsMock,
    {
      request: {
        query: queries.activitiesQuery,
        variables: {
          first: activities.length,
          filter: { id: { in: activities.map((activity) => activity.id).sort() } },
          orderBy: ORDER_BY,
        },
      },
      result: {
        data: {
          [queries.activitiesField]: buildMockRecordConnection(
            queries.activityTypename,
            activities,
          ),
        },
      },
    },
  ];
};
