import { gql, type TypedDocumentNode } from '@apollo/client';

import type { FindManyRecordsVariables } from '@/object-record/types/FindManyRecordsVariables';
import type { RecordConnection } from '@/object-record/types/RecordConnection';
import type { RecordFilter } from '@/object-record/types/RecordFilter';
import type { WhopPayment } from '@/whop/types/WhopPayment';

export type WhopPaymentOrderByField = 'paidAt' | 'whopCreatedAt' | 'createdAt';

export type WhopPaymentFilter = RecordFilter<
  'personId' | 'opportunityId' | 'whopProductId' | 'status'
>;

export type FindManyWhopPaymentsQuery = {
  whopPayments: RecordConnection<WhopPayment>;
};

export const FIND_MANY_WHOP_PAYMENTS: TypedDocumentNode<
  FindManyWhopPaymentsQuery,
  FindManyRecordsVariables<WhopPaymentOrderByField, WhopPaymentFilter>
> = gql`
  query FindManyWhopPayments(
    $first: Int
    $after: String
    $filter: WhopPaymentFilterInput
    $orderBy: [WhopPaymentOrderByInput!]
  ) {
    whopPayments(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      edges {
        cursor
        node {
          id
          whopId
          amount {
            amountMicros
            currencyCode
          }
          status
          substatus
          outcome
          billingReason
          paidAt
          refundedAmount {
            amountMicros
            currencyCode
          }
          refundedAt
          failureMessage
          nextPaymentAttemptAt
          personId
          opportunityId
          whopProductId
          whopCreatedAt
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
