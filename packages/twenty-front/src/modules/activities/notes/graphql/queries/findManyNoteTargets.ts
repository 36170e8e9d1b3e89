import { gql, type TypedDocumentNode } from '@apollo/client';

import type { NoteTarget } from '@/activities/notes/types/NoteTarget';
import type { NoteTargetFilter } from '@/activities/notes/types/NoteTargetFilter';
import type { FindManyRecordsVariables } from '@/object-record/types/FindManyRecordsVariables';
import type { RecordConnection } from '@/object-record/types/RecordConnection';

export type FindManyNoteTargetsQuery = {
  noteTargets: RecordConnection<NoteTarget>;
};

export const FIND_MANY_NOTE_TARGETS: TypedDocumentNode<
  FindManyNoteTargetsQuery,
  FindManyRecordsVariables<'createdAt', NoteTargetFilter>
> = gql`
  query FindManyNoteTargets(
    $first: Int
    $after: String
    $filter: NoteTargetFilterInput
    $orderBy: [NoteTargetOrderByInput!]
  ) {
    noteTargets(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      edges {
        cursor
        node {
          id
          noteId
          personId
          companyId
          opportunityId
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
