import type { Task } from '@/activities/tasks/types/Task';

// A task is open until it is done.
export const isTaskOpen = ({ status }: Pick<Task, 'status'>): boolean => status !== 'DONE';
