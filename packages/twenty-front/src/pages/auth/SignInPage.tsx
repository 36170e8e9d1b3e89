import { IconLetterT } from '@tabler/icons-react';
import { Navigate, useLocation } from 'react-router-dom';

import { SignInForm } from '@/auth/components/SignInForm';
import { useIsSignedIn } from '@/auth/hooks/useIsSignedIn';
import { getRedirectPathAfterSignIn } from '@/auth/utils/getRedirectPathAfterSignIn';
import { PageTitleEffect } from '@/ui/utilities/page-title/components/PageTitleEffect';

import styles from './SignInPage.module.css';

export const SignInPage = () => {
  const isSignedIn = useIsSignedIn();
  const location = useLocation();

  if (isSignedIn) {
    return <Navigate to={getRedirectPathAfterSignIn(location.state)} replace />;
  }

  return (
    <div className={styles.page}>
      <PageTitleEffect title="Sign in" />
      <div className={styles.card}>
        <div className={styles.logo} aria-hidden>
          <IconLetterT size={28} stroke={2.5} />
        </div>
        <div className={styles.heading}>
          <h1 className={styles.title}>Welcome to Twenty</h1>
          <p className={styles.subtitle}>Sign in to your workspace</p>
        </div>
        <SignInForm />
      </div>
    </div>
  );
};
