import { useMutation } from '@apollo/client';
import { useSetAtom } from 'jotai';
import { useCallback } from 'react';
import { isDefined } from 'twenty-shared';

import { SIGN_IN, type SignInMutationVariables } from '@/auth/graphql/mutations/signIn';
import { authTokenState } from '@/auth/states/authTokenState';

export const useSignIn = () => {
  const [signInMutation, { loading }] = useMutation(SIGN_IN);
  const setAuthToken = useSetAtom(authTokenState);

  const signIn = useCallback(
    async (variables: SignInMutationVariables) => {
      const { data } = await signInMutation({ variables });

      if (!isDefined(data)) {
        throw new Error('The server answered the sign-in without a token.');
      }

      const { accessToken, expiresAt } = data.signIn;

      setAuthToken({ accessToken, expiresAt });
    },
    [signInMutation, setAuthToken],
  );

  return { signIn, loading };
};
