import type { MockedResponse } from '@apollo/client/testing';

import type { ActivityTargetFilter } from '@/activities/types/ActivityTargetFilter';
import type { buildMockTask } from '~/testing/mock-data/buildMockTask';
import { buildRecordActivitiesMocks } from '~/testing/mock-data/buildRecordActivitiesMocks';

// The queries useRecordTasks makes for one record linked to these tasks.
export const buildRecordTasksMocks = (
  targetFilter: ActivityTargetFilter,
  tasks: ReturnType<typeof buildMockTask>[],
): MockedResponse[] => buildRecordActivitiesMocks('task', targetFilter, tasks);
