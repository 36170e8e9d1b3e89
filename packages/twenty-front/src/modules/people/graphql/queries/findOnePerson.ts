import { gql, type TypedDocumentNode } from '@apollo/client';

import { PERSON_FRAGMENT } from '@/people/graphql/fragments/personFragment';
import type { Person } from '@/people/types/Person';

export type FindOnePersonQuery = {
  person: Person | null;
};

export const FIND_ONE_PERSON: TypedDocumentNode<FindOnePersonQuery, { id: string }> = gql`
  ${PERSON_FRAGMENT}
  query FindOnePerson($id: ID!) {
    person(id: $id) {
      ...PersonFields
    }
  }
`;
