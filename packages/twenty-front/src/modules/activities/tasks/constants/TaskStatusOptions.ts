import type { TaskStatus } from '@/activities/tasks/types/TaskStatus';
import type { TagColor } from '@/ui/display/types/TagColor';

export const TASK_STATUS_OPTIONS: Record<TaskStatus, { label: string; color: TagColor }> = {
  TODO: { label: 'To do', color: 'sky' },
  IN_PROGRESS: { label: 'In progress', color: 'purple' },
  DONE: { label: 'Done', color: 'green' },
};
