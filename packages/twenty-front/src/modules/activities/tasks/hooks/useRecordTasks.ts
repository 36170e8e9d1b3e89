import { useRef } from 'react';

import { ACTIVITY_TARGETS_PAGE_SIZE } from '@/activities/constants/ActivityTargetsPageSize';
import { useFindManyTaskTargets } from '@/activities/tasks/hooks/useFindManyTaskTargets';
import { useFindManyTasks } from '@/activities/tasks/hooks/useFindManyTasks';
import { sortTasksOpenFirst } from '@/activities/tasks/utils/sortTasksOpenFirst';
import type { ActivityTargetFilter } from '@/activities/types/ActivityTargetFilter';
import { combineRecordActivities } from '@/activities/utils/combineRecordActivities';
import { getUniqueSortedIds } from '@/object-record/utils/getUniqueSortedIds';
import { keepRecordOrder } from '@/object-record/utils/keepRecordOrder';

// The tasks linked to one record, open ones first: its task targets, then the tasks they point at
// (not asked for when the record has none). A task checked off keeps its place until the list
// changes, so it does not jump away under the pointer or take the focus with it.
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
  const orderRef = useRef<string[]>([]);
  const { order, records } = keepRecordOrder(
    orderRef.current,
    sortTasksOpenFirst(combined.records),
  );

  orderRef.current = order;

  return { ...combined, records };
};
