import { FIND_MANY_TIMELINE_ACTIVITIES } from '@/activities/timeline-activities/graphql/queries/findManyTimelineActivities';
import type { TimelineActivityFilter } from '@/activities/timeline-activities/types/TimelineActivityFilter';
import { useFindManyRecords } from '@/object-record/hooks/useFindManyRecords';

const TIMELINE_PAGE_SIZE = 30;

// A record's timeline, newest first.
export const useFindManyTimelineActivities = (filter: TimelineActivityFilter) =>
  useFindManyRecords({
    query: FIND_MANY_TIMELINE_ACTIVITIES,
    variables: {
      first: TIMELINE_PAGE_SIZE,
      filter,
      orderBy: [{ field: 'happensAt', direction: 'DescNullsLast' }],
    },
    selectConnection: (data) => data.timelineActivities,
  });
