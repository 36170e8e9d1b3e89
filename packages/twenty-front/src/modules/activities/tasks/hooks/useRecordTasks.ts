import { ACTIVITY_TARGETS_PAGE_SIZE } from '@/activities/constants/ActivityTargetsPageSize';
import { useFindManyTaskTargets } from '@/activities/tasks/hooks/useFindManyTaskTargets';
import { useFindManyTasks } from '@/activities/tasks/hooks/useFindManyTasks';
import { sortTasksOpenFirst } from '@/activities/tasks/utils/sortTasksOpenFirst';
import type { ActivityTargetFilter } from '@/activities/types/ActivityTargetFilter';
import { combineRecordActivities } from '@/activities/utils/combineRecordActivities';
import { getUniqueSortedIds } from '@/object-record/utils/getUniqueSortedIds';

// The tasks linked to one record, open ones first: its task targets, then the tasks they point at
// (not asked for when the record has none).
export const useRecordTasks = (targetFilter: ActivityTargetFilter) => {
  const taskTargets = useFindManyTaskTargets({
    filter: targetFilter,
    first: ACTIVITY_TARGETS_PAGE_SIZE,
  });
  const taskIds = getUniqueSortedIds(taskTargets.records.map((target) => target.taskId));
  const tasks = useFindManyTasks({
    filter: { id: { in: taskIds } },
    first: taskIds.length,
    skip: taskIds.length === 0,
  });
  const combined = combineRecordActivities(taskTargets, tasks);

  return { ...combined, records: sortTasksOpenFirst(combined.records) };
};
