import { DEFAULT_QUERY_PAGE_SIZE } from '@/object-record/constants/DefaultQueryPageSize';
import { useFindManyRecords } from '@/object-record/hooks/useFindManyRecords';
import {
  FIND_MANY_WHOP_PAYMENTS,
  type WhopPaymentFilter,
} from '@/whop/graphql/queries/findManyWhopPayments';

type UseFindManyWhopPaymentsArgs = {
  filter?: WhopPaymentFilter;
  first?: number;
};

export const useFindManyWhopPayments = ({
  filter,
  first = DEFAULT_QUERY_PAGE_SIZE,
}: UseFindManyWhopPaymentsArgs = {}) =>
  useFindManyRecords({
    query: FIND_MANY_WHOP_PAYMENTS,
    variables: {
      first,
      filter,
      orderBy: [{ field: 'whopCreatedAt', direction: 'DescNullsLast' }],
    },
    selectConnection: (data) => data.whopPayments,
  });
