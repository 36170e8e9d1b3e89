import { isDefined } from 'twenty-shared';

import { type WhopAmount } from 'src/modules/whop/types/whop-api.types';
import { convertWhopAmountToMicros } from 'src/modules/whop/utils/convert-whop-amount-to-micros.util';
import { normalizeWhopCurrencyCode } from 'src/modules/whop/utils/normalize-whop-currency-code.util';

export type WhopParsedMoney = {
  amountMicros: string;
  currencyCode: string | null;
};

// Reads a Whop money field in either shape: a major-unit number or decimal string (the currency is
// then the resource's `currency`, passed as fallbackCurrency), or a Money object
// `{ amount: "10.00", currency }` whose own currency wins. Missing or malformed → null.
export const parseWhopMoney = (
  value: WhopAmount | null | undefined,
  fallbackCurrency?: string | null,
): WhopParsedMoney | null => {
  if (!isDefined(value)) {
    return null;
  }

  const isMoneyObject = typeof value === 'object';
  const amountMicros = convertWhopAmountToMicros(isMoneyObject ? value.amount : value);

  if (!isDefined(amountMicros)) {
    return null;
  }

  return {
    amountMicros,
    currencyCode:
      (isMoneyObject ? normalizeWhopCurrencyCode(value.currency) : null) ??
      normalizeWhopCurrencyCode(fallbackCurrency),
  };
};
