import type { MockedResponse } from '@apollo/client/testing';

import { FIND_MANY_NOTE_TARGETS } from '@/activities/notes/graphql/queries/findManyNoteTargets';
import { FIND_MANY_NOTES } from '@/activities/notes/graphql/queries/findManyNotes';
import type { ActivityTargetFilter } from '@/activities/types/ActivityTargetFilter';
import type { buildMockNote } from '~/testing/mock-data/buildMockNote';
import { buildMockRecordConnection } from '~/testing/mock-data/buildMockRecordConnection';

// The queries useRecordNotes makes for one record linked to these notes (given newest first, as
// the API returns them): its note targets, then (only when there are some) the notes by id.
export const buildRecordNotesMocks = (
  targetFilter: ActivityTargetFilter,
  notes: ReturnType<typeof buildMockNote>[],
): MockedResponse[] => {
  const targets = notes.map((note) => ({
    __typename: 'NoteTarget',
    id: `target-${note.id}`,
    noteId: note.id,
    personId: targetFilter.personId?.eq ?? null,
    companyId: null,
    opportunityId: targetFilter.opportunityId?.eq ?? null,
    createdAt: note.createdAt,
  }));
  const targetsMock: MockedResponse = {
    request: {
      query: FIND_MANY_NOTE_TARGETS,
      variables: {
        first: 100,
        filter: targetFilter,
        orderBy: [{ field: 'createdAt', direction: 'DescNullsLast' }],
      },
    },
    result: {
      data: { noteTargets: buildMockRecordConnection('NoteTarget', targets) },
    },
  };

  if (notes.length === 0) {
    return [targetsMock];
  }

  return [
    targetsMock,
    {
      request: {
        query: FIND_MANY_NOTES,
        variables: {
          first: notes.length,
          filter: { id: { in: notes.map((note) => note.id).sort() } },
          orderBy: [{ field: 'createdAt', direction: 'DescNullsLast' }],
        },
      },
      result: { data: { notes: buildMockRecordConnection('Note', notes) } },
    },
  ];
};
