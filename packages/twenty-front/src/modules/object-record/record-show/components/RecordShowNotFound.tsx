import { IconSearchOff } from '@tabler/icons-react';

import { RecordTablePlaceholder } from '@/object-record/record-table/components/RecordTablePlaceholder';
import { Button } from '@/ui/input/components/Button';

type RecordShowNotFoundProps = {
  objectLabel: string;
  backLabel: string;
  backTo: string;
};

export const RecordShowNotFound = ({ objectLabel, backLabel, backTo }: RecordShowNotFoundProps) => (
  <RecordTablePlaceholder
    Icon={IconSearchOff}
    title={`This ${objectLabel} doesn't exist`}
    description={`It may have been deleted, or the link is wrong.`}
    action={<Button title={backLabel} to={backTo} />}
  />
);
