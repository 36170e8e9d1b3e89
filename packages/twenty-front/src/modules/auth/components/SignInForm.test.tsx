import type { MockedResponse } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';

import { SignInForm } from '@/auth/components/SignInForm';
import { SIGN_IN } from '@/auth/graphql/mutations/signIn';
import { authTokenState } from '@/auth/states/authTokenState';
import { renderWithProviders } from '~/testing/renderWithProviders';

const CREDENTIALS = {
  email: 'tim@apple.dev',
  password: 'tim@apple.dev-password-1',
};

const SIGN_IN_SUCCESS_MOCK: MockedResponse = {
  request: { query: SIGN_IN, variables: CREDENTIALS },
  result: {
    data: {
      signIn: {
        __typename: 'AuthTokens',
        accessToken: 'access-token-1',
        expiresAt: '2099-01-01T00:00:00.000Z',
        workspace: {
          __typename: 'Workspace',
          id: 'workspace-1',
          displayName: 'Apple',
          createdAt: '2025-01-01T00:00:00.000Z',
        },
        user: {
          __typename: 'User',
          id: 'user-1',
          email: CREDENTIALS.email,
          firstName: 'Tim',
          lastName: 'Apple',
        },
      },
    },
  },
};

const fillAndSubmit = (email: string, password: string) => {
  fireEvent.change(screen.getByLabelText('Email'), {
    target: { value: email },
  });
  fireEvent.change(screen.getByLabelText('Password'), {
    target: { value: password },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
};

describe('SignInForm', () => {
  it('keeps Continue disabled until both fields are filled', () => {
    renderWithProviders(<SignInForm />);

    const continueButton = screen.getByRole('button', { name: 'Continue' });
    expect(continueButton.hasAttribute('disabled')).toBe(true);

    fireEvent.change(screen.getByLabelText('Email'), {
      target: { value: CREDENTIALS.email },
    });
    expect(continueButton.hasAttribute('disabled')).toBe(true);

    fireEvent.change(screen.getByLabelText('Password'), {
      target: { value: CREDENTIALS.password },
    });
    expect(continueButton.hasAttribute('disabled')).toBe(false);
  });

  it('submits the trimmed credentials and keeps the token in the atom and localStorage', async () => {
    const { store } = renderWithProviders(<SignInForm />, {
      mocks: [SIGN_IN_SUCCESS_MOCK],
    });

    fillAndSubmit(`  ${CREDENTIALS.email} `, CREDENTIALS.password);

    await waitFor(() =>
      expect(store.get(authTokenState)).toEqual({
        accessToken: 'access-token-1',
        expiresAt: '2099-01-01T00:00:00.000Z',
      }),
    );
    expect(JSON.parse(localStorage.getItem('twenty.authToken') ?? 'null')).toEqual({
      accessToken: 'access-token-1',
      expiresAt: '2099-01-01T00:00:00.000Z',
    });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows an error and keeps no token when the credentials are wrong', async () => {
    const { store } = renderWithProviders(<SignInForm />, {
      mocks: [
        {
          request: {
            query: SIGN_IN,
            variables: { ...CREDENTIALS, password: 'wrong' },
          },
          result: {
            errors: [
              new GraphQLError('Wrong email or password.', {
                extensions: { code: 'INVALID_CREDENTIALS' },
              }),
            ],
          },
        },
      ],
    });

    fillAndSubmit(CREDENTIALS.email, 'wrong');

    expect((await screen.findByRole('alert')).textContent).toBe('Invalid email or password.');
    expect(store.get(authTokenState)).toBeNull();
    expect(screen.getByRole('button', { name: 'Continue' }).hasAttribute('disabled')).toBe(false);
  });

  it("shows the server's message for other refusals", async () => {
    renderWithProviders(<SignInForm />, {
      mocks: [
        {
          request: { query: SIGN_IN, variables: CREDENTIALS },
          result: {
            errors: [
              new GraphQLError('This account does not belong to any workspace.', {
                extensions: { code: 'FORBIDDEN' },
              }),
            ],
          },
        },
      ],
    });

    fillAndSubmit(CREDENTIALS.email, CREDENTIALS.password);

    expect((await screen.findByRole('alert')).textContent).toBe(
      'This account does not belong to any workspace.',
    );
  });

  it('explains when the server cannot be reached', async () => {
    renderWithProviders(<SignInForm />, {
      mocks: [
        {
          request: { query: SIGN_IN, variables: CREDENTIALS },
          error: new Error('Failed to fetch'),
        },
      ],
    });

    fillAndSubmit(CREDENTIALS.email, CREDENTIALS.password);

    expect((await screen.findByRole('alert')).textContent).toBe(
      "Can't reach the server. Check your connection and try again.",
    );
  });
});
