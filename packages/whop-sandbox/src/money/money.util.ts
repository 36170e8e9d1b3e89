// Money is a JSON number in major units (29.99 means $29.99), rounded to cents.
export const roundMoney = (amount: number): number => Math.round(amount * 100) / 100;

// Fixed exchange rates so `usd_total` is deterministic.
const USD_RATES: Record<string, number> = {
  usd: 1,
  eur: 1.08,
  gbp: 1.27,
  cad: 0.73,
  aud: 0.66,
};

export const toUsd = (amount: number, currency: string): number =>
  roundMoney(amount * (USD_RATES[currency] ?? 1));

// Whop's processing fee, approximated: 2.7% + 0.30 in the payment's currency.
export const amountAfterFees = (total: number): number =>
  total <= 0 ? 0 : Math.max(0, roundMoney(total * 0.973 - 0.3));

// VAT included in prices charged in these currencies, so EU/UK receipts carry a tax amount.
const INCLUSIVE_VAT_RATES: Record<string, number> = { eur: 0.2, gbp: 0.2 };

export const taxFor = (
  total: number,
  currency: string,
): { taxAmount: number; taxBehavior: 'exclusive' | 'inclusive' } => {
  const rate = INCLUSIVE_VAT_RATES[currency];
  if (rate === undefined) return { taxAmount: 0, taxBehavior: 'exclusive' };
  return { taxAmount: roundMoney(total - total / (1 + rate)), taxBehavior: 'inclusive' };
};
