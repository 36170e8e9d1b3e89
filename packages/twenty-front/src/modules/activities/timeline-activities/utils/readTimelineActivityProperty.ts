import type { TimelineActivity } from '@/activities/timeline-activities/types/TimelineActivity';

// A text property of a timeline activity; null when missing, empty or not text.
export const readTimelineActivityProperty = (
  { properties }: Pick<TimelineActivity, 'properties'>,
  key: string,
): string | null => {
  const value = properties?.[key];

  return typeof value === 'string' && value.trim() !== '' ? value : null;
};
