import { gql, type TypedDocumentNode } from '@apollo/client';

import type { TimelineActivity } from '@/activities/timeline-activities/types/TimelineActivity';
import type { TimelineActivityFilter } from '@/activities/timeline-activities/types/TimelineActivityFilter';
import type { FindManyRecordsVariables } from '@/object-record/types/FindManyRecordsVariables';
import type { RecordConnection } from '@/object-record/types/RecordConnection';

export type FindManyTimelineActivitiesQuery = {
  timelineActivities: RecordConnection<TimelineActivity>;
};

export const FIND_MANY_TIMELINE_ACTIVITIES: TypedDocumentNode<
  FindManyTimelineActivitiesQuery,
  FindManyRecordsVariables<'happensAt', TimelineActivityFilter>
> = gql`
  query FindManyTimelineActivities(
    $first: Int
    $after: String
    $filter: TimelineActivityFilterInput
    $orderBy: [TimelineActivityOrderByInput!]
  ) {
    timelineActivities(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      edges {
        cursor
        node {
          id
          name
          happensAt
          properties
          linkedRecordId
          linkedRecordCachedName
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`;
