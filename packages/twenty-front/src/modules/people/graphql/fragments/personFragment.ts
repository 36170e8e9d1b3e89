import { gql } from '@apollo/client';

export const PERSON_FRAGMENT = gql`
  fragment PersonFields on Person {
    id
    name {
      firstName
      lastName
    }
    emails {
      primaryEmail
    }
    phones {
      primaryPhoneNumber
      primaryPhoneCountryCode
    }
    jobTitle
    city
    avatarUrl
    whopUserId
    whopUsername
    whopProfilePicUrl
    whopCreatedAt
    whopLifetimeValue {
      amountMicros
      currencyCode
    }
    whopLifetimeValues {
      amountMicros
      currencyCode
    }
    whopActiveMemberships
    createdAt
  }
`;
