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
        },
      },
      FullName: { merge: true },
      Emails: { merge: true },
      Phones: { merge: true },
      Links: { merge: true },
      Currency: { merge: true },
    },
  });
