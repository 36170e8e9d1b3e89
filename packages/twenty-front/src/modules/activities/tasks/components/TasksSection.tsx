import { IconCheckbox } from '@tabler/icons-react';

import { ActivityList } from '@/activities/components/ActivityList';
import { TaskListItem } from '@/activities/tasks/components/TaskListItem';
import { useRecordTasks } from '@/activities/tasks/hooks/useRecordTasks';
import type { ActivityTargetFilter } from '@/activities/types/ActivityTargetFilter';
import { RecordShowSection } from '@/object-record/record-show/components/RecordShowSection';

type TasksSectionProps = {
  targetFilter: ActivityTargetFilter;
};

// The tasks of one person or one opportunity, on its record page: the sync's follow-ups on a
// failed payment among them.
export const TasksSection = ({ targetFilter }: TasksSectionProps) => {
  const { records, totalCount, loading, error, retry } = useRecordTasks(targetFilter);

  return (
    <RecordShowSection title="Tasks" Icon={IconCheckbox} count={totalCount}>
      <ActivityList
        label="Tasks"
        records={records}
        loading={loading}
        error={error}
        onRetry={retry}
        emptyMessage="No tasks."
        renderItem={(task) => <TaskListItem task={task} />}
      />
    </RecordShowSection>
  );
};
