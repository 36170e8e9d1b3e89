import type { CurrencyAmount } from '@/ui/field/display/types/CurrencyAmount';
import { formatAmountMicros } from '@/ui/field/display/utils/formatAmountMicros';

import styles from './FieldDisplay.module.css';

type CurrencyAmountsDisplayProps = {
  amounts: CurrencyAmount[];
};

// Amounts in several currencies, side by side ("$10 · €500"): never summed across currencies.
export const CurrencyAmountsDisplay = ({ amounts }: CurrencyAmountsDisplayProps) => (
  <span className={`${styles.text} ${styles.numeric}`}>
    {amounts
      .map((amount) => formatAmountMicros(amount))
      .filter((formatted) => formatted !== '')
      .join(' · ')}
  </span>
);
