import { gql, type TypedDocumentNode } from '@apollo/client';

import type { FindManyRecordsVariables } from '@/object-record/types/FindManyRecordsVariables';
import type { RecordConnection } from '@/object-record/types/RecordConnection';
import { PERSON_FRAGMENT } from '@/people/graphql/fragments/personFragment';
import type { Person } from '@/people/types/Person';
import type { PersonFilter } from '@/people/types/PersonFilter';

export type PersonOrderByField = 'createdAt' | 'nameFirstName' | 'nameLastName';

export type FindManyPeopleQuery = {
  people: RecordConnection<Person>;
};

export const FIND_MANY_PEOPLE: TypedDocumentNode<
  FindManyPeopleQuery,
  FindManyRecordsVariables<PersonOrderByField, PersonFilter>
> = gql`
  ${PERSON_FRAGMENT}
  query FindManyPeople(
    $first: Int
    $after: String
    $filter: PersonFilterInput
    $orderBy: [PersonOrderByInput!]
  ) {
    people(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      edges {
        cursor
        node {
          ...PersonFields
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
