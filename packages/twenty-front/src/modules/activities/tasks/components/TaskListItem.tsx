import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useId, useState } from 'react';

import { TaskDueDate } from '@/activities/tasks/components/TaskDueDate';
import { TaskStatusTag } from '@/activities/tasks/components/TaskStatusTag';
import { useSetTaskStatus } from '@/activities/tasks/hooks/useSetTaskStatus';
import type { Task } from '@/activities/tasks/types/Task';
import { isTaskOpen } from '@/activities/tasks/utils/isTaskOpen';
import { ActivityBody } from '@/activities/components/ActivityBody';

import styles from './TaskListItem.module.css';

type TaskListItemProps = {
  task: Task;
};

// A task: a box to check it off, its title (opening onto its body), its status and due date.
export const TaskListItem = ({ task }: TaskListItemProps) => {
  const [isExpanded, setIsExpanded] = useState(false);
  const bodyId = useId();
  const body = task.bodyMarkdown?.trim() ?? '';
  const title = task.title?.trim() || 'Untitled task';
  const ChevronIcon = isExpanded ? IconChevronDown : IconChevronRight;
  const isOpen = isTaskOpen(task);
  const { setTaskStatus, errorMessage } = useSetTaskStatus();

  return (
    <div className={styles.task} data-open={isOpen}>
      <div className={styles.main}>
        <input
          type="checkbox"
          className={styles.checkbox}
          checked={!isOpen}
          aria-label={`Done: ${title}`}
          // As in Twenty: checked is done; unchecking reopens the task as to do.
          onChange={(event) => setTaskStatus(task, event.target.checked ? 'DONE' : 'TODO')}
        />
        <div className={styles.content}>
          {body === '' ? (
            <p className={styles.title}>{title}</p>
          ) : (
            <button
              type="button"
              className={styles.toggle}
              aria-expanded={isExpanded}
              aria-controls={isExpanded ? bodyId : undefined}
              onClick={() => setIsExpanded((wasExpanded) => !wasExpanded)}
            >
              <ChevronIcon className={styles.chevron} size={14} stroke={2} aria-hidden />
              <span className={styles.title}>{title}</span>
            </button>
          )}
          {isExpanded && (
            <div className={styles.body}>
              <ActivityBody id={bodyId} markdown={body} />
            </div>
          )}
          {errorMessage !== null && (
            <p role="alert" className={styles.error}>
              Couldn't update the task. {errorMessage}
            </p>
          )}
        </div>
      </div>
      <div className={styles.meta}>
        <TaskStatusTag status={task.status} />
        <TaskDueDate task={task} />
      </div>
    </div>
  );
};
