import { IconFilterOff, IconX } from '@tabler/icons-react';

import { RecordTablePlaceholder } from '@/object-record/record-table/components/RecordTablePlaceholder';
import { Button } from '@/ui/input/components/Button';

type RecordTableNoMatchStateProps = {
  objectLabelPlural: string;
  onClearFilters: () => void;
};

export const RecordTableNoMatchState = ({
  objectLabelPlural,
  onClearFilters,
}: RecordTableNoMatchStateProps) => (
  <RecordTablePlaceholder
    Icon={IconFilterOff}
    title={`No ${objectLabelPlural} match these filters`}
    description="Loosen or clear the filters to see more."
    action={<Button title="Clear filters" Icon={IconX} onClick={onClearFilters} />}
  />
);
