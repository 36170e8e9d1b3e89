import { isDefined } from 'twenty-shared';

const MICROS_PER_UNIT = 1_000_000n;
const MIN_FRACTION_DIGITS = 2;

// amountMicros (+ currency) → "19.99 USD" for notes and tasks: exact, at least two decimals, no
// trailing zeros beyond them. Unknown amount → "an unknown amount".
export const formatWhopMicros = (
  amountMicros: string | null,
  currencyCode: string | null,
): string => {
  if (!isDefined(amountMicros)) {
    return 'an unknown amount';
  }

  const micros = BigInt(amountMicros);
  const magnitude = micros < 0n ? -micros : micros;
  const fraction = (magnitude % MICROS_PER_UNIT).toString().padStart(6, '0');
  const trimmedFraction = fraction.replace(/0+$/, '').padEnd(MIN_FRACTION_DIGITS, '0');
  const amount = `${micros < 0n ? '-' : ''}${magnitude / MICROS_PER_UNIT}.${trimmedFraction}`;

  return isDefined(currencyCode) ? `${amount} ${currencyCode}` : amount;
};
