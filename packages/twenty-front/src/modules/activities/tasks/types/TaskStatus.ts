import type { TASK_STATUSES } from '@/activities/tasks/constants/TaskStatuses';

export type TaskStatus = (typeof TASK_STATUSES)[number];
