import { Provider as JotaiProvider, createStore } from 'jotai';
import { BrowserRouter } from 'react-router-dom';

import { ApolloCacheResetOnSignOutEffect } from '@/apollo/components/ApolloCacheResetOnSignOutEffect';
import { AppApolloProvider } from '@/apollo/components/AppApolloProvider';
import { AppRoutes } from '@/app/components/AppRoutes';
import { SessionStateResetOnSignOutEffect } from '@/auth/components/SessionStateResetOnSignOutEffect';

const jotaiStore = createStore();

export const App = () => (
  <JotaiProvider store={jotaiStore}>
    <AppApolloProvider>
      <ApolloCacheResetOnSignOutEffect />
      <SessionStateResetOnSignOutEffect />
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </AppApolloProvider>
  </JotaiProvider>
);
