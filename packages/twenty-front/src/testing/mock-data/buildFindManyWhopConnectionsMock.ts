import type { MockedResponse } from '@apollo/client/testing';

import { FIND_MANY_WHOP_CONNECTIONS } from '@/whop/graphql/queries/findManyWhopConnections';
import type { WhopConnection } from '@/whop/types/WhopConnection';
import { toGraphQLWhopConnection } from '~/testing/mock-data/toGraphQLWhopConnection';

// The workspace's Whop connections, as useFindManyWhopConnections reads them.
export const buildFindManyWhopConnectionsMock = (
  connections: WhopConnection[] = [],
): MockedResponse => ({
  request: { query: FIND_MANY_WHOP_CONNECTIONS },
  result: { data: { whopConnections: connections.map(toGraphQLWhopConnection) } },
});
