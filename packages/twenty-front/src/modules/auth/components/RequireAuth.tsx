import { Navigate, Outlet, useLocation } from 'react-router-dom';

import { useIsSignedIn } from '@/auth/hooks/useIsSignedIn';
import { AppPath } from '@/types/AppPath';

export const RequireAuth = () => {
  const isSignedIn = useIsSignedIn();
  const location = useLocation();

  if (!isSignedIn) {
    return <Navigate to={AppPath.SignIn} replace state={{ from: location.pathname }} />;
  }

  return <Outlet />;
};
