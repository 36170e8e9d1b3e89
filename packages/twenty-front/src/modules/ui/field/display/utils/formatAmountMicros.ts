import { isDefined } from 'twenty-shared';

import type { CurrencyAmount } from '@/ui/field/display/types/CurrencyAmount';
import { convertAmountMicrosToDecimal } from '@/ui/field/display/utils/convertAmountMicrosToDecimal';

const INTEGER_PATTERN = /^-?\d+$/;

const formatPlainAmount = (amount: `${number}`, locale: string) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(amount);

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

  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: trimmedCurrencyCode,
      trailingZeroDisplay: 'stripIfInteger',
    }).format(amount);
  } catch (error) {
    if (error instanceof RangeError) {
      return `${formatPlainAmount(amount, locale)} ${trimmedCurrencyCode}`;
    }
    throw error;
  }
};
