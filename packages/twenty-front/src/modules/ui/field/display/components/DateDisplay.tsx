import { isDefined } from 'twenty-shared';

import { formatDate } from '@/ui/field/display/utils/formatDate';

import styles from './FieldDisplay.module.css';

type DateDisplayProps = {
  value: string | null;
};

export const DateDisplay = ({ value }: DateDisplayProps) => {
  if (!isDefined(value)) {
    return null;
  }

  return (
    <time className={`${styles.text} ${styles.secondary}`} dateTime={value}>
      {formatDate(value)}
    </time>
  );
};
