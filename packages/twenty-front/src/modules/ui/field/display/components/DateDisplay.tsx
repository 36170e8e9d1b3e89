import { isDefined } from 'twenty-shared';

import { formatDate } from '@/ui/field/display/utils/formatDate';

import styles from './FieldDisplay.module.css';

type DateDisplayProps = {
  value: string | null;
  // What the date is, read before it: "Ends", "Renews".
  label?: string;
};

export const DateDisplay = ({ value, label }: DateDisplayProps) => {
  if (!isDefined(value)) {
    return null;
  }

  return (
    <time className={`${styles.text} ${styles.secondary}`} dateTime={value}>
      {isDefined(label) ? `${label} ${formatDate(value)}` : formatDate(value)}
    </time>
  );
};
