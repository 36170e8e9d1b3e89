import { isDefined } from 'twenty-shared';

import type { CurrencyAmount } from '@/ui/field/display/types/CurrencyAmount';
import { convertAmountMicrosToDecimal } from '@/ui/field/display/utils/convertAmountMicrosToDecimal';

const INTEGER_PATTERN = /^-?\d+$/;
// The currencies Intl knows (ISO 4217), formatted with their own symbol and digits. Any other code
// (Whop's WHOP_USD, a crypto currency such as BTC or USDT) gets the amount to the micro, then the
// code: Intl would show an unknown three-letter code with two decimals, 0.000123 BTC as BTC 0.00.
const KNOWN_CURRENCY_CODES = new Set(Intl.supportedValuesOf('currency'));
const MICROS_DIGITS = 6;

const formatPlainAmount = (amount: `${number}`, locale: string, maximumFractionDigits = 2) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits }).format(amount);

export const formatAmountMicros = (
  { amountMicros, currencyCode }: CurrencyAmount,
  locale = 'en-US',
): string => {
  const trimmedMicros = amountMicros?.trim();

  if (!isDefined(trimmedMicros) || !INTEGER_PATTERN.test(trimmedMicros)) {
    return '';
  }

  const amount = convertAmountMicrosToDecimal(BigInt(trimmedMicros));
  const trimmedCurrencyCode = currencyCode?.trim().toUpperCase();

  if (!isDefined(trimmedCurrencyCode) || trimmedCurrencyCode === '') {
    return formatPlainAmount(amount, locale);
  }

  if (!KNOWN_CURRENCY_CODES.has(trimmedCurrencyCode)) {
    return `${formatPlainAmount(amount, locale, MICROS_DIGITS)} ${trimmedCurrencyCode}`;
  }

  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: trimmedCurrencyCode,
    trailingZeroDisplay: 'stripIfInteger',
  }).format(amount);
};
