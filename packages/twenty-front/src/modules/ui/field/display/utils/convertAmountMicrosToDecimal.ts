const MICROS_PER_UNIT = 1_000_000n;
const MICROS_FRACTION_DIGITS = 6;

export const convertAmountMicrosToDecimal = (amountMicros: bigint): `${number}` => {
  const sign = amountMicros < 0n ? '-' : '';
  const absoluteMicros = amountMicros < 0n ? -amountMicros : amountMicros;
  const units = absoluteMicros / MICROS_PER_UNIT;
  const fraction = (absoluteMicros % MICROS_PER_UNIT)
    .toString()
    .padStart(MICROS_FRACTION_DIGITS, '0');

  return `${sign}${units}.${fraction}` as `${number}`;
};
