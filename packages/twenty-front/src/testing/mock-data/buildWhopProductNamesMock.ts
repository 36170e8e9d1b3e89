import type { MockedResponse } from '@apollo/client/testing';

import { FIND_MANY_WHOP_PRODUCTS } from '@/whop/graphql/queries/findManyWhopProducts';
import { buildMockRecordConnection } from '~/testing/mock-data/buildMockRecordConnection';
import type { buildMockWhopProduct } from '~/testing/mock-data/buildMockWhopProduct';

// The one query useWhopProductNames makes: every product of the workspace, by name.
export const buildWhopProductNamesMock = (
  products: ReturnType<typeof buildMockWhopProduct>[] = [],
): MockedResponse => ({
  request: {
    query: FIND_MANY_WHOP_PRODUCTS,
    variables: {
      first: 100,
      orderBy: [{ field: 'name', direction: 'AscNullsLast' }],
    },
  },
  result: {
    data: { whopProducts: buildMockRecordConnection('WhopProduct', products) },
  },
});
