import { gql } from '@apollo/client';

export const OPPORTUNITY_FRAGMENT = gql`
  fragment OpportunityFields on Opportunity {
    id
    name
    amount {
      amountMicros
      currencyCode
    }
    stage
    closeDate
    pointOfContactId
    whopMembershipId
    whopMembershipStatus
    whopProductId
    whopPlanId
    whopRenewalDate
    whopLastPaymentDate
    whopCancelAtPeriodEnd
    whopMrr {
      amountMicros
      currencyCode
    }
    createdAt
  }
`;
