import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';

import { getApolloErrorMessage } from '@/apollo/utils/getApolloErrorMessage';
import { RecordTablePlaceholder } from '@/object-record/record-table/components/RecordTablePlaceholder';
import { Button } from '@/ui/input/components/Button';

type RecordTableErrorStateProps = {
  title: string;
  error: Error;
  onRetry: () => void;
};

export const RecordTableErrorState = ({ title, error, onRetry }: RecordTableErrorStateProps) => (
  <RecordTablePlaceholder
    Icon={IconAlertTriangle}
    variant="danger"
    role="alert"
    title={title}
    description={getApolloErrorMessage(error)}
    action={<Button title="Retry" Icon={IconRefresh} onClick={onRetry} />}
  />
);
