import { gql, type TypedDocumentNode } from '@apollo/client';

import type { FindManyRecordsVariables } from '@/object-record/types/FindManyRecordsVariables';
import type { RecordConnection } from '@/object-record/types/RecordConnection';
import { OPPORTUNITY_FRAGMENT } from '@/opportunities/graphql/fragments/opportunityFragment';
import type { Opportunity } from '@/opportunities/types/Opportunity';
import type { OpportunityFilter } from '@/opportunities/types/OpportunityFilter';

export type OpportunityOrderByField = 'createdAt' | 'name' | 'closeDate' | 'amountAmountMicros';

export type FindManyOpportunitiesQuery = {
  opportunities: RecordConnection<Opportunity>;
};

export const FIND_MANY_OPPORTUNITIES: TypedDocumentNode<
  FindManyOpportunitiesQuery,
  FindManyRecordsVariables<OpportunityOrderByField, OpportunityFilter>
> = gql`
  ${OPPORTUNITY_FRAGMENT}
  query FindManyOpportunities(
    $first: Int
    $after: String
    $filter: OpportunityFilterInput
    $orderBy: [OpportunityOrderByInput!]
  ) {
    opportunities(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      edges {
        cursor
        node {
          ...OpportunityFields
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
