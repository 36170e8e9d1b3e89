import { gql, type TypedDocumentNode } from '@apollo/client';

import type { Note } from '@/activities/notes/types/Note';
import type { NoteFilter } from '@/activities/notes/types/NoteFilter';
import type { FindManyRecordsVariables } from '@/object-record/types/FindManyRecordsVariables';
import type { RecordConnection } from '@/object-record/types/RecordConnection';

export type FindManyNotesQuery = {
  notes: RecordConnection<Note>;
};

export const FIND_MANY_NOTES: TypedDocumentNode<
  FindManyNotesQuery,
  FindManyRecordsVariables<'createdAt', NoteFilter>
> = gql`
  query FindManyNotes(
    $first: Int
    $after: String
    $filter: NoteFilterInput
    $orderBy: [NoteOrderByInput!]
  ) {
    notes(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      edges {
        cursor
        node {
          id
          title
          bodyMarkdown
          createdAt
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
