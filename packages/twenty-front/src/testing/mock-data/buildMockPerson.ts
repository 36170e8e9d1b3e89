// A Person as the record API returns it, with the GraphQL typenames Apollo's cache expects.
export const buildMockPerson = (
  id: string,
  firstName: string,
  lastName: string,
  overrides: Record<string, unknown> = {},
) => ({
  __typename: 'Person',
  id,
  name: { __typename: 'FullName', firstName, lastName },
  emails: {
    __typename: 'Emails',
    primaryEmail: `${firstName.toLowerCase()}@example.com`,
  },
  phones: {
    __typename: 'Phones',
    primaryPhoneNumber: '415 555 0100',
    primaryPhoneCountryCode: '+1',
  },
  jobTitle: 'Founder',
  city: 'Paris',
  avatarUrl: null,
  whopUserId: null,
  whopUsername: null,
  whopProfilePicUrl: null,
  whopCreatedAt: null,
  whopLifetimeValue: {
    __typename: 'Currency',
    amountMicros: null,
    currencyCode: null,
  },
  whopLifetimeValues: [],
  whopActiveMemberships: null,
  createdAt: '2025-03-14T10:00:00.000Z',
  ...overrides,
});
