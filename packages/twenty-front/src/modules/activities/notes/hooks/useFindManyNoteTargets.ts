import { FIND_MANY_NOTE_TARGETS } from '@/activities/notes/graphql/queries/findManyNoteTargets';
import type { NoteTargetFilter } from '@/activities/notes/types/NoteTargetFilter';
import { DEFAULT_QUERY_PAGE_SIZE } from '@/object-record/constants/DefaultQueryPageSize';
import { useFindManyRecords } from '@/object-record/hooks/useFindManyRecords';

type UseFindManyNoteTargetsArgs = {
  filter?: NoteTargetFilter;
  first?: number;
};

export const useFindManyNoteTargets = ({
  filter,
  first = DEFAULT_QUERY_PAGE_SIZE,
}: UseFindManyNoteTargetsArgs = {}) =>
  useFindManyRecords({
    query: FIND_MANY_NOTE_TARGETS,
    variables: {
      first,
      filter,
      orderBy: [{ field: 'createdAt', direction: 'DescNullsLast' }],
    },
    selectConnection: (data) => data.noteTargets,
  });
