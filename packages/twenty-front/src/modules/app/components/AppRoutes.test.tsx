import { screen } from '@testing-library/react';
import { createStore } from 'jotai';
import { describe, expect, it } from 'vitest';

import { AppRoutes } from '@/app/components/AppRoutes';
import { authTokenState } from '@/auth/states/authTokenState';
import { renderWithProviders } from '~/testing/renderWithProviders';

const renderSignedInAt = (initialPath: string) => {
  const store = createStore();
  store.set(authTokenState, { accessToken: 'token', expiresAt: '2099-01-01T00:00:00.000Z' });

  return renderWithProviders(<AppRoutes />, { initialPath, store });
};

describe('AppRoutes', () => {
  it.each(['/this/page/does-not-exist', '/settings/no-such-settings', '/objects/companies'])(
    'says %s does not exist, with a way back',
    async (path) => {
      renderSignedInAt(path);

      expect(await screen.findByText("This page doesn't exist")).toBeTruthy();
      expect(screen.getByRole('link', { name: 'Go to People' }).getAttribute('href')).toBe(
        '/objects/people',
      );
    },
  );

  it('opens People at the root', async () => {
    renderSignedInAt('/');

    expect(await screen.findByRole('heading', { level: 1, name: /People/ })).toBeTruthy();
    expect(screen.queryByText("This page doesn't exist")).toBeNull();
  });
});
