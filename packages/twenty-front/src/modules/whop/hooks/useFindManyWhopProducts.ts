import { DEFAULT_QUERY_PAGE_SIZE } from '@/object-record/constants/DefaultQueryPageSize';
import { useFindManyRecords } from '@/object-record/hooks/useFindManyRecords';
import { FIND_MANY_WHOP_PRODUCTS } from '@/whop/graphql/queries/findManyWhopProducts';

type UseFindManyWhopProductsArgs = {
  first?: number;
};

export const useFindManyWhopProducts = ({
  first = DEFAULT_QUERY_PAGE_SIZE,
}: UseFindManyWhopProductsArgs = {}) =>
  useFindManyRecords({
    query: FIND_MANY_WHOP_PRODUCTS,
    variables: {
      first,
      orderBy: [{ field: 'name', direction: 'AscNullsLast' }],
    },
    selectConnection: (data) => data.whopProducts,
  });
