import type { MockedResponse } from '@apollo/client/testing';

import { FIND_MANY_PEOPLE } from '@/people/graphql/queries/findManyPeople';
import { buildMockRecordConnection } from '~/testing/mock-data/buildMockRecordConnection';
import type { buildMockPerson } from '~/testing/mock-data/buildMockPerson';

// The one query usePersonNamesByIds makes for these people (ids in the order it sorts them).
export const buildPersonNamesByIdsMock = (
  people: ReturnType<typeof buildMockPerson>[],
): MockedResponse => ({
  request: {
    query: FIND_MANY_PEOPLE,
    variables: {
      first: people.length,
      filter: { id: { in: people.map((person) => person.id).sort() } },
      orderBy: [{ field: 'createdAt', direction: 'DescNullsLast' }],
    },
  },
  result: {
    data: { people: buildMockRecordConnection('Person', people) },
  },
});
