import { isDefined } from 'twenty-shared';

const INTEGER_PATTERN = /^-?\d+$/;

// Whether an amount in micros (a decimal string, as the API sends it) is above zero.
export const isPositiveAmountMicros = (amountMicros: string | null | undefined): boolean => {
  const trimmed = amountMicros?.trim();

  return isDefined(trimmed) && INTEGER_PATTERN.test(trimmed) && BigInt(trimmed) > 0n;
};
