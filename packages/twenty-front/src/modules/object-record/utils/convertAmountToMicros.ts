const DECIMAL_AMOUNT_PATTERN = /^\d+(\.\d{1,6})?$/;

// "149.99" → 149990000, exactly (no floating-point multiplication); null when it is not an amount.
export const convertAmountToMicros = (amount: string): number | null => {
  const trimmedAmount = amount.trim();

  if (!DECIMAL_AMOUNT_PATTERN.test(trimmedAmount)) {
    return null;
  }

  const [units, fraction = ''] = trimmedAmount.split('.');

  return Number(`${units}${fraction.padEnd(6, '0')}`);
};
