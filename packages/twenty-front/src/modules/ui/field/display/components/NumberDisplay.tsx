import { isDefined } from 'twenty-shared';

import { formatNumber } from '@/ui/field/display/utils/formatNumber';

import styles from './FieldDisplay.module.css';

type NumberDisplayProps = {
  value: number | null;
};

export const NumberDisplay = ({ value }: NumberDisplayProps) =>
  isDefined(value) ? (
    <span className={`${styles.text} ${styles.numeric}`}>{formatNumber(value)}</span>
  ) : null;
