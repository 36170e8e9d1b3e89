import type { Task } from '@/activities/tasks/types/Task';
import { isTaskOpen } from '@/activities/tasks/utils/isTaskOpen';

// An open task whose due date has gone by.
export const isTaskOverdue = (task: Pick<Task, 'status' | 'dueAt'>, now = Date.now()): boolean =>
  isTaskOpen(task) && task.dueAt !== null && Date.parse(task.dueAt) < now;
