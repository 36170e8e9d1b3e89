import { screen } from '@testing-library/react';
import { createStore } from 'jotai';
import { Route, Routes, useLocation } from 'react-router-dom';
import { describe, expect, it } from 'vitest';

import { RequireAuth } from '@/auth/components/RequireAuth';
import { authTokenState } from '@/auth/states/authTokenState';
import { AppPath } from '@/types/AppPath';
import { renderWithProviders } from '~/testing/renderWithProviders';

const SignInLocationState = () => {
  const location = useLocation();

  return <p>{(location.state as { from: string }).from}</p>;
};

const renderRoutes = (store: ReturnType<typeof createStore>) =>
  renderWithProviders(
    <Routes>
      <Route path={AppPath.SignIn} element={<p>Sign-in page</p>} />
      <Route element={<RequireAuth />}>
        <Route path={AppPath.People} element={<p>People page</p>} />
      </Route>
    </Routes>,
    { store, initialPath: AppPath.People },
  );

describe('RequireAuth', () => {
  it('redirects to sign-in without a token', () => {
    renderRoutes(createStore());

    expect(screen.getByText('Sign-in page')).toBeTruthy();
  });

  it('keeps the page and its query for after sign-in', () => {
    renderWithProviders(
      <Routes>
        <Route path={AppPath.SignIn} element={<SignInLocationState />} />
        <Route element={<RequireAuth />}>
          <Route path="/settings/integrations/whop" element={<p>Whop page</p>} />
        </Route>
      </Routes>,
      { store: createStore(), initialPath: '/settings/integrations/whop?error=OAUTH_DENIED' },
    );

    expect(screen.getByText('/settings/integrations/whop?error=OAUTH_DENIED')).toBeTruthy();
  });

  it('redirects to sign-in when the token has expired', () => {
    const store = createStore();
    store.set(authTokenState, {
      accessToken: 'old',
      expiresAt: '2000-01-01T00:00:00.000Z',
    });

    renderRoutes(store);

    expect(screen.getByText('Sign-in page')).toBeTruthy();
  });

  it('renders the page with a valid token', () => {
    const store = createStore();
    store.set(authTokenState, {
      accessToken: 'valid',
      expiresAt: '2099-01-01T00:00:00.000Z',
    });

    renderRoutes(store);

    expect(screen.getByText('People page')).toBeTruthy();
  });
});
