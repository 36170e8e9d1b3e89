import { formatAmountMicros } from '@/ui/field/display/utils/formatAmountMicros';

import styles from './FieldDisplay.module.css';

type CurrencyDisplayProps = {
  amount: {
    amountMicros: string | null;
    currencyCode: string | null;
  };
};

export const CurrencyDisplay = ({ amount }: CurrencyDisplayProps) => (
  <span className={`${styles.text} ${styles.numeric}`}>
    {formatAmountMicros(amount)}
  </span>
);
