import { IconAlertCircle, IconCalendarDue } from '@tabler/icons-react';

import type { Task } from '@/activities/tasks/types/Task';
import { isTaskOverdue } from '@/activities/tasks/utils/isTaskOverdue';
import { formatDate } from '@/ui/field/display/utils/formatDate';

import styles from './TaskListItem.module.css';

type TaskDueDateProps = {
  task: Pick<Task, 'status' | 'dueAt'>;
};

// "Due Mar 14, 2025", or "Overdue · Mar 14, 2025" in red once an open task's date has gone by.
export const TaskDueDate = ({ task }: TaskDueDateProps) => {
  if (task.dueAt === null) {
    return null;
  }

  const isOverdue = isTaskOverdue(task);
  const Icon = isOverdue ? IconAlertCircle : IconCalendarDue;

  return (
    <span className={styles.dueDate} data-overdue={isOverdue}>
      <Icon size={14} stroke={2} aria-hidden />
      {isOverdue ? 'Overdue · ' : 'Due '}
      <time dateTime={task.dueAt}>{formatDate(task.dueAt)}</time>
    </span>
  );
};
