import type { TablerIcon } from '@tabler/icons-react';
import { isDefined } from 'twenty-shared';

import { RecordTablePlaceholder } from '@/object-record/record-table/components/RecordTablePlaceholder';
import { Button } from '@/ui/input/components/Button';

type RecordTableEmptyStateProps = {
  Icon: TablerIcon;
  title: string;
  description: string;
  // A link to where the records come from; none when there is nothing to do.
  actionLabel?: string;
  actionTo?: string;
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
    action={
      isDefined(actionLabel) &&
      isDefined(actionTo) && <Button title={actionLabel} to={actionTo} variant="secondary" />
    }
  />
);
