import { isDefined } from 'twenty-shared';

// Whop's lower-case currency ("usd") → the upper-case code Twenty stores ("USD"); blank → null.
export const normalizeWhopCurrencyCode = (currency: string | null | undefined): string | null => {
  const code = isDefined(currency) ? currency.trim().toUpperCase() : '';

  return code === '' ? null : code;
};
