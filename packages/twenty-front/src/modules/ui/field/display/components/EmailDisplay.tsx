import { isDefined } from 'twenty-shared';

import styles from './FieldDisplay.module.css';

type EmailDisplayProps = {
  email: string | null;
};

export const EmailDisplay = ({ email }: EmailDisplayProps) => {
  if (!isDefined(email) || email === '') {
    return null;
  }

  return (
    <a className={styles.link} href={`mailto:${email}`} title={email}>
      {email}
    </a>
  );
};
