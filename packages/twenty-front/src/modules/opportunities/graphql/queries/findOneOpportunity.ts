import { gql, type TypedDocumentNode } from '@apollo/client';

import { OPPORTUNITY_FRAGMENT } from '@/opportunities/graphql/fragments/opportunityFragment';
import type { Opportunity } from '@/opportunities/types/Opportunity';

export type FindOneOpportunityQuery = {
  opportunity: Opportunity | null;
};

export const FIND_ONE_OPPORTUNITY: TypedDocumentNode<FindOneOpportunityQuery, { id: string }> = gql`
  ${OPPORTUNITY_FRAGMENT}
  query FindOneOpportunity($id: ID!) {
    opportunity(id: $id) {
      ...OpportunityFields
    }
  }
`;
