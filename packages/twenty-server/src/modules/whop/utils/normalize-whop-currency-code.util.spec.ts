import { normalizeWhopCurrencyCode } from 'src/modules/whop/utils/normalize-whop-currency-code.util';

describe('normalizeWhopCurrencyCode', () => {
  it.each([
    ['usd', 'USD'],
    ['eur', 'EUR'],
    [' gbp ', 'GBP'],
    ['JPY', 'JPY'],
  ])('normalises %p to %p', (currency, expected) => {
    expect(normalizeWhopCurrencyCode(currency)).toBe(expected);
  });

  it.each([null, undefined, '', '   '])('maps %p to null', (currency) => {
    expect(normalizeWhopCurrencyCode(currency)).toBeNull();
  });
});
