import { IconAlertCircle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';

import { useSignIn } from '@/auth/hooks/useSignIn';
import { getSignInErrorMessage } from '@/auth/utils/getSignInErrorMessage';
import { Button } from '@/ui/input/components/Button';
import { TextInput } from '@/ui/input/components/TextInput';

import styles from './SignInForm.module.css';

export const SignInForm = () => {
  const { signIn, loading } = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errorMessage, setErrorMessage] = useState<string | null>(null);

  const canSubmit = email.trim() !== '' && password !== '' && !loading;

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setErrorMessage(null);

    try {
      await signIn({ email: email.trim(), password });
    } catch (error) {
      setErrorMessage(getSignInErrorMessage(error));
    }
  };

  return (
    <form className={styles.form} onSubmit={handleSubmit} aria-label="Sign in">
      <TextInput
        label="Email"
        type="email"
        name="email"
        autoComplete="email"
        placeholder="you@company.com"
        autoFocus
        value={email}
        onChange={setEmail}
      />
      <TextInput
        label="Password"
        type="password"
        name="password"
        autoComplete="current-password"
        placeholder="Your password"
        value={password}
        onChange={setPassword}
      />
      {errorMessage !== null && (
        <div className={styles.error} role="alert">
          <IconAlertCircle size={16} stroke={2} aria-hidden />
          {errorMessage}
        </div>
      )}
      <Button
        type="submit"
        variant="primary"
        title={loading ? 'Signing in…' : 'Continue'}
        fullWidth
        disabled={!canSubmit}
      />
    </form>
  );
};
