import { Navigate, Outlet, useLocation } from 'react-router-dom';

import { useIsSignedIn } from '@/auth/hooks/useIsSignedIn';
import { AppPath } from '@/types/AppPath';

export const RequireAuth = () => {
  const isSignedIn = useIsSignedIn();
  const location = useLocation();

  // The page is opened again after sign-in with its query (the result of Connect Whop, say).
  if (!isSignedIn) {
    return (
      <Navigate
        to={AppPath.SignIn}
        replace
        state={{ from: `${location.pathname}${location.search}` }}
      />
    );
  }

  return <Outlet />;
};
