import { gql, type TypedDocumentNode } from '@apollo/client';

import type { FindManyRecordsVariables } from '@/object-record/types/FindManyRecordsVariables';
import type { RecordConnection } from '@/object-record/types/RecordConnection';
import type { Person } from '@/people/types/Person';

export type PersonOrderByField = 'createdAt' | 'nameFirstName' | 'nameLastName';

export type FindManyPeopleQuery = {
  people: RecordConnection<Person>;
};

export const FIND_MANY_PEOPLE: TypedDocumentNode<
  FindManyPeopleQuery,
  FindManyRecordsVariables<PersonOrderByField>
> = gql`
  query FindManyPeople(
    $first: Int
    $after: String
    $orderBy: [PersonOrderByInput!]
  ) {
    people(first: $first, after: $after, orderBy: $orderBy) {
      edges {
        cursor
        node {
          id
          name {
            firstName
            lastName
          }
          emails {
            primaryEmail
          }
          phones {
            primaryPhoneNumber
            primaryPhoneCountryCode
          }
          jobTitle
          city
          avatarUrl
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
