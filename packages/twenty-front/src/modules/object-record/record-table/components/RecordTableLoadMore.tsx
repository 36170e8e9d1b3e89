import { IconChevronDown } from '@tabler/icons-react';
import { isDefined } from 'twenty-shared';

import { getApolloErrorMessage } from '@/apollo/utils/getApolloErrorMessage';
import type { RecordTablePagination } from '@/object-record/record-table/types/RecordTablePagination';
import { Button } from '@/ui/input/components/Button';

import styles from './RecordTableLoadMore.module.css';

type RecordTableLoadMoreProps = {
  pagination: RecordTablePagination;
};

export const RecordTableLoadMore = ({
  pagination: { isFetchingMore, error, onLoadMore },
}: RecordTableLoadMoreProps) => (
  <div className={styles.footer}>
    <Button
      title={isFetchingMore ? 'Loading…' : isDefined(error) ? 'Retry' : 'Load more'}
      Icon={IconChevronDown}
      variant="secondary"
      size="small"
      busy={isFetchingMore}
      onClick={onLoadMore}
    />
    {isDefined(error) && (
      <span className={styles.error} role="alert">
        Couldn't load more records: {getApolloErrorMessage(error)}
      </span>
    )}
  </div>
);
