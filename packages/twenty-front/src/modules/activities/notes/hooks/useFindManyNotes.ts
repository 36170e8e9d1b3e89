import { FIND_MANY_NOTES } from '@/activities/notes/graphql/queries/findManyNotes';
import type { NoteFilter } from '@/activities/notes/types/NoteFilter';
import { DEFAULT_QUERY_PAGE_SIZE } from '@/object-record/constants/DefaultQueryPageSize';
import { useFindManyRecords } from '@/object-record/hooks/useFindManyRecords';

type UseFindManyNotesArgs = {
  filter?: NoteFilter;
  first?: number;
  skip?: boolean;
};

// Newest first.
export const useFindManyNotes = ({
  filter,
  first = DEFAULT_QUERY_PAGE_SIZE,
  skip,
}: UseFindManyNotesArgs = {}) =>
  useFindManyRecords({
    query: FIND_MANY_NOTES,
    variables: {
      first,
      filter,
      orderBy: [{ field: 'createdAt', direction: 'DescNullsLast' }],
    },
    selectConnection: (data) => data.notes,
    skip,
  });
