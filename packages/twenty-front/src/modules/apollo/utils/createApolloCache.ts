import { InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

const RECORD_CONNECTION_KEY_ARGS = ['filter', 'orderBy'];

export const createApolloCache = () =>
  new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          people: relayStylePagination(RECORD_CONNECTION_KEY_ARGS),
          opportunities: relayStylePagination(RECORD_CONNECTION_KEY_ARGS),
          whopProducts: relayStylePagination(RECORD_CONNECTION_KEY_ARGS),
          whopPayments: relayStylePagination(RECORD_CONNECTION_KEY_ARGS),
          timelineActivities: relayStylePagination(RECORD_CONNECTION_KEY_ARGS),
          whopSyncLogs: relayStylePagination(['connectionId']),
          whopConnection: {
            read: (existing, { args, toReference }) =>
              existing ?? toReference({ __typename: 'WhopConnection', id: args?.id }),
          },
        },
      },
      WhopConnection: {
        fields: {
          // Each poll brings the whole progress; the previous one has nothing to keep.
          syncProgress: { merge: false },
        },
      },
      FullName: { merge: true },
      Emails: { merge: true },
      Phones: { merge: true },
      Links: { merge: true },
      Currency: { merge: true },
    },
  });
