import { TASK_STATUS_OPTIONS } from '@/activities/tasks/constants/TaskStatusOptions';
import { isTaskStatus } from '@/activities/tasks/utils/isTaskStatus';
import { Tag } from '@/ui/display/components/Tag';

type TaskStatusTagProps = {
  status: string;
};

export const TaskStatusTag = ({ status }: TaskStatusTagProps) => {
  if (!isTaskStatus(status)) {
    return <Tag text={status} color="gray" />;
  }

  const { label, color } = TASK_STATUS_OPTIONS[status];

  return <Tag text={label} color={color} />;
};
