import { ApolloLink, Observable, execute, gql } from '@apollo/client';
import { describe, expect, it, vi } from 'vitest';

import { createUnauthenticatedErrorLink } from '@/apollo/utils/createUnauthenticatedErrorLink';

const QUERY = gql`
  query GetCurrentUser {
    currentUser {
      id
    }
  }
`;

const runThroughLink = (terminatingLink: ApolloLink, onUnauthenticated: () => void) =>
  new Promise<void>((resolve) => {
    execute(ApolloLink.from([createUnauthenticatedErrorLink(onUnauthenticated), terminatingLink]), {
      query: QUERY,
    }).subscribe({
      next: () => resolve(),
      error: () => resolve(),
      complete: () => resolve(),
    });
  });

const respondWith = (errorCode: string) =>
  new ApolloLink(() =>
    Observable.of({
      errors: [{ message: 'Nope', extensions: { code: errorCode } }],
    }),
  );

describe('createUnauthenticatedErrorLink', () => {
  it('signs out on an UNAUTHENTICATED GraphQL error', async () => {
    const onUnauthenticated = vi.fn();

    await runThroughLink(respondWith('UNAUTHENTICATED'), onUnauthenticated);

    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('signs out on an HTTP 401', async () => {
    const onUnauthenticated = vi.fn();
    const unauthorizedLink = new ApolloLink(
      () =>
        new Observable((observer) => {
          observer.error(Object.assign(new Error('Unauthorized'), { statusCode: 401 }));
        }),
    );

    await runThroughLink(unauthorizedLink, onUnauthenticated);

    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('ignores other errors', async () => {
    const onUnauthenticated = vi.fn();

    await runThroughLink(respondWith('INTERNAL_SERVER_ERROR'), onUnauthenticated);

    expect(onUnauthenticated).not.toHaveBeenCalled();
  });
});
