import type { TablerIcon } from '@tabler/icons-react';

import { RecordTablePlaceholder } from '@/object-record/record-table/components/RecordTablePlaceholder';
import { Button } from '@/ui/input/components/Button';

type RecordTableEmptyStateProps = {
  Icon: TablerIcon;
  title: string;
  description: string;
  actionLabel: string;
  actionTo: string;
};

export const RecordTableEmptyState = ({
  Icon,
  title,
  description,
  actionLabel,
  actionTo,
}: RecordTableEmptyStateProps) => (
  <RecordTablePlaceholder
    Icon={Icon}
    title={title}
    description={description}
    action={<Button title={actionLabel} to={actionTo} variant="secondary" />}
  />
);
