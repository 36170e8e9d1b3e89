import type { MockedResponse } from '@apollo/client/testing';

import { FIND_MANY_WHOP_PRODUCTS } from '@/whop/graphql/queries/findManyWhopProducts';
import { buildMockRecordConnection } from '~/testing/mock-data/buildMockRecordConnection';
import type { buildMockWhopProduct } from '~/testing/mock-data/buildMockWhopProduct';

// The query useWhopProductNames makes: the workspace's products by name, a page of 100 (`after`:
// the page after that cursor; `hasNextPage`: another page follows).
export const buildWhopProductNamesMock = (
  products: ReturnType<typeof buildMockWhopProduct>[] = [],
  { after, hasNextPage = false }: { after?: string; hasNextPage?: boolean } = {},
): MockedResponse => ({
  request: {
    query: FIND_MANY_WHOP_PRODUCTS,
    variables: {
      first: 100,
      orderBy: [{ field: 'name', direction: 'AscNullsLast' }],
      ...(after === undefined ? {} : { after }),
    },
  },
  result: {
    data: {
      whopProducts: buildMockRecordConnection('WhopProduct', products, { hasNextPage }),
    },
  },
});
