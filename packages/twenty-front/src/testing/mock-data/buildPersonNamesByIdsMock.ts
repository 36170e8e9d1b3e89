import type { MockedResponse } from '@apollo/client/testing';

import { MAX_QUERY_PAGE_SIZE } from '@/object-record/constants/MaxQueryPageSize';
import { FIND_MANY_PEOPLE } from '@/people/graphql/queries/findManyPeople';
import { buildMockRecordConnection } from '~/testing/mock-data/buildMockRecordConnection';
import type { buildMockPerson } from '~/testing/mock-data/buildMockPerson';

// The query usePersonNamesByIds makes for these people (ids in the order it sorts them), or one
// page of it: `page` people, after the cursor given, more to come or not.
export const buildPersonNamesByIdsMock = (
  people: ReturnType<typeof buildMockPerson>[],
  {
    page = people,
    after,
    hasNextPage = false,
  }: { page?: ReturnType<typeof buildMockPerson>[]; after?: string; hasNextPage?: boolean } = {},
): MockedResponse => ({
  request: {
    query: FIND_MANY_PEOPLE,
    variables: {
      first: Math.min(people.length, MAX_QUERY_PAGE_SIZE),
      filter: { id: { in: people.map((person) => person.id).sort() } },
      orderBy: [{ field: 'createdAt', direction: 'DescNullsLast' }],
      ...(after !== undefined && { after }),
    },
  },
  result: {
    data: {
      people: buildMockRecordConnection('Person', page, {
        hasNextPage,
        totalCount: people.length,
      }),
    },
  },
});
