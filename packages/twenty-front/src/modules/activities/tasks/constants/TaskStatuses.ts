// The options of the task's `status` field, open ones first.
export const TASK_STATUSES = ['TODO', 'IN_PROGRESS', 'DONE'] as const;
