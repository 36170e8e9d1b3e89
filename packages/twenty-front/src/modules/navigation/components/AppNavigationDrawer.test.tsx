import { act, fireEvent, screen } from '@testing-library/react';
import { createStore } from 'jotai';
import { describe, expect, it } from 'vitest';

import { authTokenState } from '@/auth/states/authTokenState';
import { AppNavigationDrawer } from '@/navigation/components/AppNavigationDrawer';
import { isNavigationDrawerOpenState } from '@/navigation/states/isNavigationDrawerOpenState';
import { GET_CURRENT_WORKSPACE } from '@/workspace/graphql/queries/getCurrentWorkspace';
import { renderWithProviders } from '~/testing/renderWithProviders';

const renderDrawer = (initialPath: string) => {
  const store = createStore();
  store.set(authTokenState, {
    accessToken: 'token',
    expiresAt: '2099-01-01T00:00:00.000Z',
  });

  return renderWithProviders(<AppNavigationDrawer />, {
    store,
    initialPath,
    mocks: [
      {
        request: { query: GET_CURRENT_WORKSPACE },
        result: {
          data: {
            currentWorkspace: {
              __typename: 'Workspace',
              id: 'workspace-1',
              displayName: 'Apple',
              createdAt: '2025-01-01T00:00:00.000Z',
            },
          },
        },
      },
    ],
  });
};

describe('AppNavigationDrawer', () => {
  it('shows the workspace name and links to People, Opportunities and Settings', async () => {
    renderDrawer('/objects/people');

    expect(await screen.findByText('Apple')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'People' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Opportunities' }).getAttribute('href')).toBe(
      '/objects/opportunities',
    );
    expect(screen.getByRole('link', { name: 'Settings' }).getAttribute('href')).toBe('/settings');
    expect(screen.queryByRole('link', { name: 'Integrations' })).toBeNull();
  });

  it('lists the settings pages while in Settings', () => {
    renderDrawer('/settings/integrations');

    expect(screen.getByRole('link', { name: 'General' }).getAttribute('href')).toBe(
      '/settings/general',
    );
    expect(screen.getByRole('link', { name: 'Integrations' }).getAttribute('aria-current')).toBe(
      'page',
    );
  });

  it('signs out by dropping the token', () => {
    const { store } = renderDrawer('/objects/people');

    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(store.get(authTokenState)).toBeNull();
    expect(localStorage.getItem('twenty.authToken')).toBeNull();
  });

  it('takes the focus when opened on a narrow screen, and closes on Escape, giving it back', () => {
    const { store } = renderDrawer('/objects/people');
    const opener = document.createElement('button');

    document.body.append(opener);
    opener.focus();
    act(() => store.set(isNavigationDrawerOpenState, true));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close navigation' }));

    fireEvent.keyDown(document, { key: 'Escape' });
    expect(store.get(isNavigationDrawerOpenState)).toBe(false);
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });
});
