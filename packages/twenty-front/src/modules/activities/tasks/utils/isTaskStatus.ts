import { TASK_STATUS_OPTIONS } from '@/activities/tasks/constants/TaskStatusOptions';
import type { TaskStatus } from '@/activities/tasks/types/TaskStatus';

export const isTaskStatus = (status: string): status is TaskStatus =>
  Object.hasOwn(TASK_STATUS_OPTIONS, status);
