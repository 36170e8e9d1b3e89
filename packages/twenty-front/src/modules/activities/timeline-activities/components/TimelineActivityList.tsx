import { IconRefresh } from '@tabler/icons-react';
import { isDefined } from 'twenty-shared';

import { getApolloErrorMessage } from '@/apollo/utils/getApolloErrorMessage';
import { TimelineActivityItem } from '@/activities/timeline-activities/components/TimelineActivityItem';
import { useFindManyTimelineActivities } from '@/activities/timeline-activities/hooks/useFindManyTimelineActivities';
import type { TimelineActivityFilter } from '@/activities/timeline-activities/types/TimelineActivityFilter';
import { RecordTableLoadMore } from '@/object-record/record-table/components/RecordTableLoadMore';
import { Callout } from '@/ui/feedback/components/Callout';
import { SkeletonBar } from '@/ui/feedback/components/SkeletonBar';
import { Button } from '@/ui/input/components/Button';

import styles from './TimelineActivityList.module.css';

type TimelineActivityListProps = {
  filter: TimelineActivityFilter;
  emptyMessage: string;
};

const SKELETON_ITEM_COUNT = 3;

// A record's timeline, newest first.
export const TimelineActivityList = ({ filter, emptyMessage }: TimelineActivityListProps) => {
  const { records, loading, error, retry, pagination } = useFindManyTimelineActivities(filter);

  if (isDefined(error)) {
    return (
      <div className={styles.message}>
        <Callout
          variant="danger"
          title="Couldn't load the timeline"
          action={<Button title="Retry" Icon={IconRefresh} size="small" onClick={retry} />}
        >
          {getApolloErrorMessage(error)}
        </Callout>
      </div>
    );
  }

  if (loading) {
    return (
      <ul className={styles.list} aria-busy aria-label="Timeline">
        {Array.from({ length: SKELETON_ITEM_COUNT }, (_, index) => (
          <li key={index} className={styles.item} aria-hidden>
            <SkeletonBar width={24} height={24} />
            <SkeletonBar width="60%" />
          </li>
        ))}
      </ul>
    );
  }

  if (records.length === 0) {
    return <p className={styles.message}>{emptyMessage}</p>;
  }

  return (
    <>
      <ul className={styles.list} aria-label="Timeline">
        {records.map((activity) => (
          <TimelineActivityItem key={activity.id} activity={activity} />
        ))}
      </ul>
      {pagination.hasNextPage && <RecordTableLoadMore pagination={pagination} />}
    </>
  );
};
