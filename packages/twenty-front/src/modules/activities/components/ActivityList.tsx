import { IconRefresh } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { isDefined } from 'twenty-shared';

import { getApolloErrorMessage } from '@/apollo/utils/getApolloErrorMessage';
import { Callout } from '@/ui/feedback/components/Callout';
import { SkeletonBar } from '@/ui/feedback/components/SkeletonBar';
import { Button } from '@/ui/input/components/Button';

import styles from './ActivityList.module.css';

type ActivityListProps<TRecord extends { id: string }> = {
  label: string;
  records: TRecord[];
  loading: boolean;
  error?: Error;
  onRetry: () => void;
  emptyMessage: string;
  renderItem: (record: TRecord) => ReactNode;
};

const SKELETON_ITEM_COUNT = 2;

// A record's tasks or notes as a list, or why there are none to show: loading (busy), failed
// (with Retry) or empty.
export const ActivityList = <TRecord extends { id: string }>({
  label,
  records,
  loading,
  error,
  onRetry,
  emptyMessage,
  renderItem,
}: ActivityListProps<TRecord>) => {
  if (isDefined(error)) {
    return (
      <div className={styles.message}>
        <Callout
          variant="danger"
          title={`Couldn't load ${label.toLowerCase()}`}
          action={<Button title="Retry" Icon={IconRefresh} size="small" onClick={onRetry} />}
        >
          {getApolloErrorMessage(error)}
        </Callout>
      </div>
    );
  }

  if (loading) {
    return (
      <ul className={styles.list} aria-busy aria-label={label}>
        {Array.from({ length: SKELETON_ITEM_COUNT }, (_, index) => (
          <li key={index} className={`${styles.item} ${styles.skeletonItem}`} aria-hidden>
            <SkeletonBar width="55%" />
            <SkeletonBar width="35%" />
          </li>
        ))}
      </ul>
    );
  }

  if (records.length === 0) {
    return <p className={styles.message}>{emptyMessage}</p>;
  }

  return (
    <ul className={styles.list} aria-label={label}>
      {records.map((record) => (
        <li key={record.id} className={styles.item}>
          {renderItem(record)}
        </li>
      ))}
    </ul>
  );
};
