import type { InMemoryCache } from '@apollo/client';
import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import { Provider as JotaiProvider, createStore } from 'jotai';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router-dom';

type RenderWithProvidersOptions = {
  mocks?: MockedResponse[];
  cache?: InMemoryCache;
  initialPath?: string;
  store?: ReturnType<typeof createStore>;
};

// The providers wrap the tree (RTL's `wrapper`), so `rerender` keeps them and the state they hold.
export const renderWithProviders = (
  ui: ReactNode,
  { mocks = [], cache, initialPath = '/', store = createStore() }: RenderWithProvidersOptions = {},
) => ({
  store,
  ...render(ui, {
    wrapper: ({ children }) => (
      <JotaiProvider store={store}>
        <MockedProvider mocks={mocks} cache={cache}>
          <MemoryRouter initialEntries={[initialPath]}>{children}</MemoryRouter>
        </MockedProvider>
      </JotaiProvider>
    ),
  }),
});
