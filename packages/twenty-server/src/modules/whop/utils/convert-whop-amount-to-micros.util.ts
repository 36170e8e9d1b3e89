import { isDefined } from 'twenty-shared';

import { divideRoundingHalfAwayFromZero } from 'src/modules/whop/utils/divide-rounding-half-away-from-zero.util';

const DECIMAL_PATTERN = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;
const MICROS_DECIMALS = 6;
// Whop amounts never come near this; it keeps a hostile exponent ("1e999999") from exhausting memory.
const MAX_DECIMAL_SHIFT = 400;

// A major-unit amount (29.99, "10.00", -5, 1e-7) → amountMicros as a decimal integer string, exact:
// numbers are read from their shortest round-trip decimal string (`String(n)`), never multiplied as
// floats, and rounded half away from zero to the micro. Null, non-finite and malformed input → null.
export const convertWhopAmountToMicros = (
  amount: number | string | null | undefined,
): string | null => {
  if (!isDefined(amount) || (typeof amount === 'number' && !Number.isFinite(amount))) {
    return null;
  }

  const match = DECIMAL_PATTERN.exec(typeof amount === 'number' ? String(amount) : amount.trim());

  if (!isDefined(match)) {
    return null;
  }

  const [, sign, integerDigits, fractionDigits = '', exponent = '0'] = match;
  const digits = `${integerDigits}${fractionDigits}`;

  if (digits === '') {
    return null;
  }

  const shift = Number(exponent) - fractionDigits.length + MICROS_DECIMALS;

  if (shift > MAX_DECIMAL_SHIFT) {
    return null;
  }

  const magnitude = BigInt(digits);
  const micros =
    shift >= 0
      ? magnitude * 10n ** BigInt(shift)
      : -shift > digits.length
        ? 0n
        : divideRoundingHalfAwayFromZero(magnitude, 10n ** BigInt(-shift));

  return (sign === '-' ? -micros : micros).toString();
};
