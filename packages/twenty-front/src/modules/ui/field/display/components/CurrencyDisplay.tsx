import type { CurrencyAmount } from '@/ui/field/display/types/CurrencyAmount';
import { formatAmountMicros } from '@/ui/field/display/utils/formatAmountMicros';

import styles from './FieldDisplay.module.css';

type CurrencyDisplayProps = {
  amount: CurrencyAmount;
};

export const CurrencyDisplay = ({ amount }: CurrencyDisplayProps) => (
  <span className={`${styles.text} ${styles.numeric}`}>{formatAmountMicros(amount)}</span>
);
