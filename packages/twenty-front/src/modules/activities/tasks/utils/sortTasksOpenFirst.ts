import type { Task } from '@/activities/tasks/types/Task';
import { isTaskOpen } from '@/activities/tasks/utils/isTaskOpen';

const compareDueDates = (left: Task, right: Task): number => {
  if (left.dueAt === right.dueAt) {
    return 0;
  }
  if (left.dueAt === null) {
    return 1;
  }
  if (right.dueAt === null) {
    return -1;
  }

  return Date.parse(left.dueAt) - Date.parse(right.dueAt);
};

// Open tasks first, the one due soonest on top (undated ones after them); then the done ones. Ties
// are broken newest first.
export const sortTasksOpenFirst = <TTask extends Task>(tasks: TTask[]): TTask[] =>
  [...tasks].sort((left, right) => {
    const leftOpen = isTaskOpen(left);

    if (leftOpen !== isTaskOpen(right)) {
      return leftOpen ? -1 : 1;
    }

    return (
      (leftOpen ? compareDueDates(left, right) : 0) ||
      Date.parse(right.createdAt) - Date.parse(left.createdAt)
    );
  });
