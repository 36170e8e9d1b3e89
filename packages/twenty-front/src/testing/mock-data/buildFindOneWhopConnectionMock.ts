import type { MockedResponse } from '@apollo/client/testing';

import { FIND_ONE_WHOP_CONNECTION } from '@/whop/graphql/queries/findOneWhopConnection';
import type { WhopConnection } from '@/whop/types/WhopConnection';
import { toGraphQLWhopConnection } from '~/testing/mock-data/toGraphQLWhopConnection';

// The connection read again by id (after "Sync changes", or while the page follows a run).
export const buildFindOneWhopConnectionMock = (connection: WhopConnection): MockedResponse => ({
  request: { query: FIND_ONE_WHOP_CONNECTION, variables: { id: connection.id } },
  result: { data: { whopConnection: toGraphQLWhopConnection(connection) } },
});
