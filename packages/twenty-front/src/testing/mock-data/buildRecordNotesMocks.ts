import type { MockedResponse } from '@apollo/client/testing';

import type { ActivityTargetFilter } from '@/activities/types/ActivityTargetFilter';
import type { buildMockNote } from '~/testing/mock-data/buildMockNote';
import { buildRecordActivitiesMocks } from '~/testing/mock-data/buildRecordActivitiesMocks';

// The queries useRecordNotes makes for one record linked to these notes (given newest first, as
// the API returns them).
export const buildRecordNotesMocks = (
  targetFilter: ActivityTargetFilter,
  notes: ReturnType<typeof buildMockNote>[],
): MockedResponse[] => buildRecordActivitiesMocks('note', targetFilter, notes);
