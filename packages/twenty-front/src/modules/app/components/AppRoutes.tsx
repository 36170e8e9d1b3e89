import { Navigate, Route, Routes } from 'react-router-dom';

import { RequireAuth } from '@/auth/components/RequireAuth';
import { AppPath } from '@/types/AppPath';
import { SettingsPath } from '@/types/SettingsPath';
import { DefaultLayout } from '@/ui/layout/page/components/DefaultLayout';
import { SignInPage } from '~/pages/auth/SignInPage';
import { NotFoundPage } from '~/pages/not-found/NotFoundPage';
import { OpportunitiesPage } from '~/pages/object-record/OpportunitiesPage';
import { OpportunityShowPage } from '~/pages/object-record/OpportunityShowPage';
import { PeoplePage } from '~/pages/object-record/PeoplePage';
import { PersonShowPage } from '~/pages/object-record/PersonShowPage';
import { WhopPaymentsPage } from '~/pages/object-record/WhopPaymentsPage';
import { WhopProductsPage } from '~/pages/object-record/WhopProductsPage';
import { SettingsGeneralPage } from '~/pages/settings/SettingsGeneralPage';
import { SettingsIntegrationsPage } from '~/pages/settings/integrations/SettingsIntegrationsPage';
import { SettingsWhopIntegrationPage } from '~/pages/settings/integrations/SettingsWhopIntegrationPage';

export const AppRoutes = () => (
  <Routes>
    <Route path={AppPath.SignIn} element={<SignInPage />} />
    <Route element={<RequireAuth />}>
      <Route element={<DefaultLayout />}>
        <Route index element={<Navigate to={AppPath.People} replace />} />
        <Route path={AppPath.People} element={<PeoplePage />} />
        <Route path={AppPath.Opportunities} element={<OpportunitiesPage />} />
        <Route path={AppPath.WhopProducts} element={<WhopProductsPage />} />
        <Route path={AppPath.WhopPayments} element={<WhopPaymentsPage />} />
        <Route path={AppPath.PersonShowPage} element={<PersonShowPage />} />
        <Route path={AppPath.OpportunityShowPage} element={<OpportunityShowPage />} />
        <Route path={AppPath.Settings}>
          <Route index element={<Navigate to={SettingsPath.General} replace />} />
          <Route path={SettingsPath.General} element={<SettingsGeneralPage />} />
          <Route path={SettingsPath.Integrations} element={<SettingsIntegrationsPage />} />
          <Route path={SettingsPath.WhopIntegration} element={<SettingsWhopIntegrationPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Route>
  </Routes>
);
