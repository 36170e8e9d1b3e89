import { IconTimelineEvent } from '@tabler/icons-react';

import type { TimelineActivity } from '@/activities/timeline-activities/types/TimelineActivity';
import type { TimelineActivityDisplay } from '@/activities/timeline-activities/types/TimelineActivityDisplay';
import { getWhopTimelineActivityDisplay } from '@/whop/utils/getWhopTimelineActivityDisplay';

// "invoice.sent" → "Invoice sent"
const humanizeActivityName = (name: string) => {
  const words = name.replace(/[._]/g, ' ').trim();

  return words.charAt(0).toUpperCase() + words.slice(1);
};

export const getTimelineActivityDisplay = (activity: TimelineActivity): TimelineActivityDisplay =>
  getWhopTimelineActivityDisplay(activity) ?? {
    Icon: IconTimelineEvent,
    color: 'gray',
    sentence: humanizeActivityName(activity.name),
    detail: activity.linkedRecordCachedName,
    amount: null,
  };
