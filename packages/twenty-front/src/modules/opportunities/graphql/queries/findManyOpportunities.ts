import { gql, type TypedDocumentNode } from '@apollo/client';

import type { FindManyRecordsVariables } from '@/object-record/types/FindManyRecordsVariables';
import type { RecordConnection } from '@/object-record/types/RecordConnection';
import type { Opportunity } from '@/opportunities/types/Opportunity';

export type OpportunityOrderByField =
  'createdAt' | 'name' | 'closeDate' | 'amountAmountMicros';

export type FindManyOpportunitiesQuery = {
  opportunities: RecordConnection<Opportunity>;
};

export const FIND_MANY_OPPORTUNITIES: TypedDocumentNode<
  FindManyOpportunitiesQuery,
  FindManyRecordsVariables<OpportunityOrderByField>
> = gql`
  query FindManyOpportunities(
    $first: Int
    $after: String
    $orderBy: [OpportunityOrderByInput!]
  ) {
    opportunities(first: $first, after: $after, orderBy: $orderBy) {
      edges {
        cursor
        node {
          id
          name
          amount {
            amountMicros
            currencyCode
          }
          stage
          closeDate
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
