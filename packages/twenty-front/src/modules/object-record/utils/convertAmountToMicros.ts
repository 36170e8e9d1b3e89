// Units, or thousands grouped with commas ("1,000"), then up to six decimals after a point.
const DECIMAL_AMOUNT_PATTERN = /^(\d+|\d{1,3}(,\d{3})+)(\.\d{1,6})?$/;

// "149.99" → 149990000 and "1,000" → 1000000000, exactly (no floating-point multiplication); null
// when it is not an amount.
export const convertAmountToMicros = (amount: string): number | null => {
  const trimmedAmount = amount.trim();

  if (!DECIMAL_AMOUNT_PATTERN.test(trimmedAmount)) {
    return null;
  }

  const [units, fraction = ''] = trimmedAmount.replaceAll(',', '').split('.');

  return Number(`${units}${fraction.padEnd(6, '0')}`);
};
