import { Navigate, Route, Routes } from 'react-router-dom';

import { RequireAuth } from '@/auth/components/RequireAuth';
import { AppPath } from '@/types/AppPath';
import { SettingsPath } from '@/types/SettingsPath';
import { DefaultLayout } from '@/ui/layout/page/components/DefaultLayout';
import { SignInPage } from '~/pages/auth/SignInPage';
import { OpportunitiesPage } from '~/pages/object-record/OpportunitiesPage';
import { PeoplePage } from '~/pages/object-record/PeoplePage';
import { SettingsGeneralPage } from '~/pages/settings/SettingsGeneralPage';
import { SettingsIntegrationsPage } from '~/pages/settings/integrations/SettingsIntegrationsPage';

export const AppRoutes = () => (
  <Routes>
    <Route path={AppPath.SignIn} element={<SignInPage />} />
    <Route element={<RequireAuth />}>
      <Route element={<DefaultLayout />}>
        <Route path={AppPath.People} element={<PeoplePage />} />
        <Route path={AppPath.Opportunities} element={<OpportunitiesPage />} />
        <Route path={AppPath.Settings}>
          <Route
            index
            element={<Navigate to={SettingsPath.General} replace />}
          />
          <Route
            path={SettingsPath.General}
            element={<SettingsGeneralPage />}
          />
          <Route
            path={SettingsPath.Integrations}
            element={<SettingsIntegrationsPage />}
          />
        </Route>
        <Route path="*" element={<Navigate to={AppPath.People} replace />} />
      </Route>
    </Route>
  </Routes>
);
